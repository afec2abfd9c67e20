import { describeFlows } from './flows';
import { launchFirefox } from './firefox';

describeFlows('Firefox ESR', launchFirefox, { persistedStorage: true });

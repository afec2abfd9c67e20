import { describeFlows } from './flows';
import { launchBridgedChromium } from './support';

describeFlows('Chromium', launchBridgedChromium, { persistedStorage: false });

/** Every flow by keyboard alone, with axe on each screen, in a 320-pixel window (the pane as narrow as Excel's). */
import { describeKeyboardFlows } from './keyboardFlows';

jest.setTimeout(240_000);

describeKeyboardFlows(320, 1200);

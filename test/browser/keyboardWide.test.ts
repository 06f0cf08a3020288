/** Every flow by keyboard alone, with axe on each screen, in a 1,400-pixel window (the pane beside the grid). */
import { describeKeyboardFlows } from './keyboardFlows';

jest.setTimeout(240_000);

describeKeyboardFlows(1400, 900);

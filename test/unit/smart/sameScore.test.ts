/**
 * Every place that shows a goal's SMART score computes it from the same inputs as the Goals table's
 * SMART column: the SWOT wizard once showed 93 where the table showed 98 for the same goal.
 */
import { createContext } from '../../../src/core/alignment/context';
import { buildStrategyModel } from '../../../src/core/model';
import { gatherShareFacts } from '../../../src/core/share/facts';
import { smartOf } from '../../../src/core/structure';
import { analyzeDraftGoal } from '../../../src/core/swot';
import { goalFieldsFromText } from '../../../src/core/swot/goalFields';
import { createRudderFunctions, findRudderFunction } from '../../../src/functions/registry';
import { AS_OF, goals, strategy } from '../alignment/fixtures';

/** A goal whose text states its fields, linked to a pillar it shares no words with. */
const GOAL = 'Increase repeat customers of the bakery from 200 to 260 by 30 June 2027';
const OTHER_GOALS = ['Improve things', 'Hire a second baker', 'Post on Instagram three times a week'];

function everyScore(text: string): Record<string, number> {
  const fields = goalFieldsFromText(text, AS_OF);
  const row = {
    ID: 'G-001',
    Goal: text,
    Pillar: 'P-1',
    Due: fields.due,
    Baseline: fields.baseline,
    Target: fields.target,
  };
  const model = buildStrategyModel([
    strategy([{ Type: 'Pillar', ID: 'P-1', Statement: 'Be the greenest caterer in the region' }]),
    goals([row]),
  ]);
  const smartScore = findRudderFunction(
    'SMARTSCORE',
    createRudderFunctions(() => AS_OF),
  );
  return {
    goalsTable: Number(smartScore.evaluate([text, fields.due, fields.baseline, fields.target])),
    structurePreview: smartOf(row, AS_OF)?.score ?? -1,
    swotWizard: analyzeDraftGoal(text, AS_OF).score,
    alignmentCheck: createContext(model, { asOf: AS_OF }).smart(0).score,
    advisorCopyAndReport: gatherShareFacts(model, AS_OF).goals[0].smart,
  };
}

describe('the same SMART score everywhere', () => {
  it.each([GOAL, ...OTHER_GOALS])(
    'shows one score for %j in the table, preview, wizard, alignment and advisor copy',
    (text) => {
      const scores = everyScore(text);
      const table = scores.goalsTable;
      expect(table).toBeGreaterThanOrEqual(0);
      expect(scores).toEqual({
        goalsTable: table,
        structurePreview: table,
        swotWizard: table,
        alignmentCheck: table,
        advisorCopyAndReport: table,
      });
    },
  );

  it('gives the wizard the fields the table will hold, so a stated target and deadline count there too', () => {
    expect(analyzeDraftGoal(GOAL, AS_OF).criteria.measurable.score).toBe(1);
    expect(analyzeDraftGoal(GOAL, AS_OF).criteria.timeBound.score).toBe(1);
  });
});

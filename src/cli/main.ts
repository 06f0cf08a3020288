/**
 * The `rudder` command line: the same engine as the add-in, for advisors and scripts.
 * Exit codes: 0 success, 1 a check found errors, 2 bad input (one plain line on stderr).
 */
import { Command, CommanderError, Option } from 'commander';
import { LANGUAGES } from '../core/lang';
import { CliError, EXIT_BAD_INPUT, EXIT_OK } from './errors';
import { endQuietlyWhenOutputCloses, processIo, type CliIo } from './io';
import { runKpi, type KpiOptions } from './kpiCommand';
import { registerOutlookCommand } from './outlookCommand';
import { runSmart, type SmartOptions } from './smartCommand';
import { registerWorkbookCommands } from './workbookCommands';

export type CommandRunner = (run: () => Promise<number>) => Promise<void>;

function buildProgram(io: CliIo, setExit: (code: number) => void): Command {
  const program = new Command('rudder');
  const runner: CommandRunner = async (run) => setExit(await run());
  program
    .description(
      'Rudder: SMART goal scores, KPI status and strategy checks for small-business workbooks. Runs locally.',
    )
    .version('0.1.0', '-v, --version')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.out(s),
      writeErr: (s) => io.err(s.trimEnd()),
      // One plain line for usage errors, as DESIGN §5 asks.
      outputError: (s, write) => write(`rudder: ${s.replace(/^error: /, '').trim()} (see rudder --help)\n`),
    });

  program
    .command('smart')
    .description('Score how SMART a goal is (0-100) and say how to improve it.')
    .argument('[goal]', 'the goal text, in quotes')
    .option('--due <date>', 'deadline, e.g. 2027-06-30 or "Q3 2027"')
    .option('--baseline <number>', 'where you start, e.g. 200')
    .option('--target <number>', 'where you want to be, e.g. 260')
    .option('--context <text>', 'mission, values or pillar text to judge relevance')
    .option(
      '--file <goals.jsonl>',
      'score many goals: one JSON object per line {"goal", "due"?, "baseline"?, "target"?, "context"?}',
    )
    .option('--json', 'machine-readable output (JSON Lines with --file)')
    .addHelpText(
      'after',
      '\nExamples:\n  rudder smart "Increase sales of our new product line by 15% in the next quarter"\n  rudder smart "Grow repeat customers" --baseline 200 --target 260 --due 2027-06-30 --json\n  rudder smart --file goals.jsonl --json\n',
    )
    .action((goal: string | undefined, options: SmartOptions) => runner(() => runSmart(goal, options, io)));

  program
    .command('kpi')
    .description('Say whether a KPI is Achieved, On track, At risk, Off track, Missed, Not started or No data.')
    .option('--actual <number>', 'the latest value')
    .option('--target <value>', 'the value to reach, or a range such as "90-110"')
    .option(
      '--direction <word>',
      'higher (default), lower, range or maintain; up/down and the same words in five languages work too',
    )
    .option('--baseline <number>', 'where the KPI started')
    .option('--start <date>', 'when work started, for pacing')
    .option('--due <date>', 'when the target is due')
    .addOption(new Option('--as-of <date>', 'the date of the actual value (default: today)'))
    .option(
      '--file <kpis.jsonl>',
      'many KPIs: one JSON object per line {"actual", "target", "direction"?, "baseline"?, "start"?, "due"?, "asOf"?}',
    )
    .option('--json', 'machine-readable output (JSON Lines with --file)')
    .addHelpText(
      'after',
      `\nDirection words:\n${directionWordsHelp()}\n\nExamples:\n  rudder kpi --actual 80 --target 100 --direction lower\n  rudder kpi --actual 230 --target 260 --baseline 200 --start 2027-01-01 --due 2027-06-30 --as-of 2027-04-15 --json\n  rudder kpi --direction "menor es mejor" --actual 4 --target 5\n  rudder kpi --file kpis.jsonl --json\n`,
    )
    .action((options: KpiOptions) => runner(() => runKpi(options, io)));

  registerOutlookCommand(program, io, runner);
  registerWorkbookCommands(program, io, runner);
  return program;
}

/** One line per language pack: its name and the direction words a Direction cell may hold in it. */
function directionWordsHelp(): string {
  return LANGUAGES.map((pack) => `  ${`${pack.name}:`.padEnd(12)}${pack.directionExamples.join(', ')}`).join('\n');
}

/** Runs the CLI on argv (as process.argv) and resolves to the exit code; never throws for user errors. */
export async function main(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  if (io === processIo) endQuietlyWhenOutputCloses();
  let exitCode = EXIT_OK;
  const program = buildProgram(io, (code) => {
    exitCode = code;
  });
  try {
    await program.parseAsync([...argv]);
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version end with a zero code; usage errors were already printed in one line.
      return error.exitCode === 0 ? EXIT_OK : EXIT_BAD_INPUT;
    }
    if (error instanceof CliError) {
      io.err(`rudder: ${error.message}`);
      return error.exitCode;
    }
    const message =
      error instanceof Error
        ? `${error.name === 'WorkbookError' ? '' : 'unexpected error: '}${error.message}`
        : String(error);
    io.err(`rudder: ${message}`);
    return EXIT_BAD_INPUT;
  }
}

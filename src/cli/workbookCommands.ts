/** Commands that read .xlsx workbooks (inspect, and the Structure, SWOT, audit and share commands as they land). */
import type { Command } from 'commander';
import type { CliIo } from './io';
import type { CommandRunner } from './main';
import { registerAuditCommand } from './auditCommand';
import { registerInspectCommand } from './inspectCommand';
import { registerStructureCommand } from './structureCommand';
import { registerSwotCommand } from './swotCommand';
import { registerShareCommand } from './shareCommand';
import { registerReportCommand } from './reportCommand';
import { registerSampleCommand } from './sampleCommand';

export function registerWorkbookCommands(program: Command, io: CliIo, runner: CommandRunner): void {
  registerInspectCommand(program, io, runner);
  registerStructureCommand(program, io, runner);
  registerSwotCommand(program, io, runner);
  registerAuditCommand(program, io, runner);
  registerShareCommand(program, io, runner);
  registerReportCommand(program, io, runner);
  registerSampleCommand(program, io, runner);
}

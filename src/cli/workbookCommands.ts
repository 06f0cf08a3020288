/** Commands that read .xlsx workbooks (inspect, and the Structure, SWOT, audit and share commands as they land). */
import type { Command } from 'commander';
import type { CliIo } from './io';
import type { CommandRunner } from './main';

export function registerWorkbookCommands(_program: Command, _io: CliIo, _runner: CommandRunner): void {
  // The workbook commands are registered here once the xlsx adapter lands.
}

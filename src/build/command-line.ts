import { parseArgs, type ParseArgsConfig } from 'node:util';

/**
 * A command's options from its command line. An option it does not take, or one without its value,
 * is told to the user in a line with the command's usage, and the command ends with exit code 2:
 * a mistyped option never ends in a stack trace.
 */
export function commandOptions<T extends NonNullable<ParseArgsConfig['options']>>(options: T, usage: string) {
  try {
    return parseArgs({ options }).values;
  } catch (error) {
    console.error(`${(error as Error).message}\nUsage: ${usage}`);
    process.exit(2);
  }
}

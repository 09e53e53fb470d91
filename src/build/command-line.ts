import { parseArgs, type ParseArgsConfig } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * A command's options from its command line. An option it does not take, or one without its value,
 * is told to the user in a line with the command's usage, and the command ends with exit code 2:
 * a mistyped option never ends in a stack trace.
 */
export function commandOptions<T extends Options>(options: T, usage: string) {
  return commandLine(options, usage, false).values;
}

/** A command's options and the words after it that are not options (the folder to create, say). */
export function commandLine<T extends Options>(options: T, usage: string, allowPositionals = true) {
  try {
    return parseArgs({ options, allowPositionals });
  } catch (error) {
    console.error(`${(error as Error).message}\nUsage: ${usage}`);
    process.exit(2);
  }
}

import { parseArgs, type ParseArgsConfig } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * A command's options from its command line. An option it does not take, or one without its value,
 * is told to the user in a line with the command's usage, and the command ends with exit code 2:
 * a mistyped option never ends in a stack trace. --help (or -h) prints the usage alone.
 */
export function commandOptions<T extends Options>(options: T, usage: string) {
  return commandLine(options, usage, false).values;
}

/** A command's options and the words after it that are not options (the folder to create, say). */
export function commandLine<T extends Options>(options: T, usage: string, allowPositionals = true) {
  const args = process.argv.slice(2);
  // Asked for help, a command says how it is used, and does nothing else.
  if (args.some((arg) => arg === '--help' || arg === '-h')) {
    console.log(`Usage: ${usage}`);
    process.exit(0);
  }
  const parsed = parseCommandLine(options, usage, args, allowPositionals);
  if ('usageError' in parsed) {
    console.error(parsed.usageError);
    process.exit(2);
  }
  return parsed;
}

/** A command line `args` parsed by `options`; or what to tell the user, with the command's usage, when it has an option the command does not take. */
export function parseCommandLine<T extends Options>(options: T, usage: string, args: string[], allowPositionals = false) {
  try {
    return parseArgs({ args, options, allowPositionals });
  } catch (error) {
    return { usageError: `${(error as Error).message}\nUsage: ${usage}` };
  }
}

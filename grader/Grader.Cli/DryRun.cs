using System.Collections;
using System.Globalization;
using System.Reflection;
using Spectre.Console.Cli;

namespace KitchenKatas.Grader.Cli;

/// <summary>
/// <c>KITCHEN_DRY_RUN=1</c>: the command line is parsed and its options checked as for a real run, then the command
/// says what it would run and stops (exit 0, or 2 for a bad command line). The docs test runs every command the
/// READMEs show this way, so a renamed option cannot hide in the docs. Shared by <c>kitchen</c> and <c>kitchen-bench</c>.
/// </summary>
internal static class DryRun
{
    /// <summary>True when the environment asks for a dry run.</summary>
    public static bool Requested => Environment.GetEnvironmentVariable("KITCHEN_DRY_RUN") == "1";

    /// <summary>Makes <paramref name="config"/> stop every command after its options are bound and checked.</summary>
    public static void Configure(IConfigurator config)
    {
        config.SetInterceptor(new Stopper());
        config.PropagateExceptions();
    }

    /// <summary>Thrown to stop a command before it runs; carries the exit code and what would have run.</summary>
    public sealed class StopException(int exitCode, string message) : Exception(message)
    {
        /// <summary>0 when the command line is good, 2 when its options do not hold.</summary>
        public int ExitCode { get; } = exitCode;
    }

    private sealed class Stopper : ICommandInterceptor
    {
        public void Intercept(CommandContext context, CommandSettings settings)
        {
            var validation = settings.Validate();
            if (!validation.Successful)
            {
                throw new StopException(2, $"dry run: {context.Name}: {validation.Message}");
            }

            throw new StopException(0, $"dry run: {context.Name} would run with {Describe(settings)}");
        }

        private static string Describe(CommandSettings settings)
        {
            var set = settings.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Select(p => (p.Name, Value: p.GetValue(settings)))
                .Where(p => p.Value is not null && !(p.Value is ICollection { Count: 0 }) && !(p.Value is false))
                .Select(p => $"{p.Name}={Text(p.Value!)}")
                .ToArray();
            return set.Length == 0 ? "no options" : string.Join(" ", set);
        }

        private static string Text(object value) => value is IEnumerable items and not string
            ? "[" + string.Join(", ", items.Cast<object?>().Select(i => Convert.ToString(i, CultureInfo.InvariantCulture))) + "]"
            : Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";
    }
}

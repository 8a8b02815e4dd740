using System.Runtime.InteropServices;
using KitchenKatas.Grader.Cli;
using Spectre.Console;

// Ctrl+C and SIGTERM cancel the run instead of ending the process at once: a grade in progress then kills its whole
// process tree before the grader exits, so no learner code outlives it.
using var stop = new CancellationTokenSource();
using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Cancel);
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Cancel);
return await KitchenApp.RunAsync(args, AnsiConsole.Console, stop.Token);

void Cancel(PosixSignalContext context)
{
    context.Cancel = true;
    stop.Cancel();
}

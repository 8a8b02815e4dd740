using KitchenKatas.Grader.Bench.Commands;
using Spectre.Console;
using Spectre.Console.Cli;

// Redirected output (CI logs, files) gets a wide table instead of 80 wrapped columns.
if (Console.IsOutputRedirected)
{
    AnsiConsole.Profile.Width = 200;
}

var app = new CommandApp();
app.Configure(config =>
{
    config.SetApplicationName("kitchen-bench");
    config.AddCommand<RacyCartCommand>("racy-cart")
        .WithDescription("Kata 1: detection rate, time to detection and false positives of every race check, over many runs.")
        .WithExample("racy-cart", "--runs", "200");
});
return app.Run(args);

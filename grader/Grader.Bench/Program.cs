using KitchenKatas.Grader.Bench.Commands;
using Spectre.Console.Cli;

var app = new CommandApp();
app.Configure(config =>
{
    config.SetApplicationName("kitchen-bench");
    config.AddCommand<RacyCartCommand>("racy-cart")
        .WithDescription("Kata 1: detection rate, time to detection and false positives of every race check, over many runs.")
        .WithExample("racy-cart", "--runs", "200");
});
return app.Run(args);

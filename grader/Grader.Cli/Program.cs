using KitchenKatas.Grader.Cli;
using Spectre.Console;

return await KitchenApp.RunAsync(args, AnsiConsole.Console);

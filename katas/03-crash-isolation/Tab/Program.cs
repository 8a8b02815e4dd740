using Kitchen.CrashIsolation;

// The tab: one page, one process. It reads the page on standard input and writes the rendered HTML on standard
// output. Whatever the page does, it does to this process only.
TabPage.InOwnProcess = true;
TabLogbook.RecordProcess(Environment.ProcessId, "tab", "(reading the page)");
var page = Console.In.ReadToEnd().Trim();
TabLogbook.RecordProcess(Environment.ProcessId, "tab", page);
var html = TabPage.Render(page);
TabLogbook.RecordRendered(Environment.ProcessId);
Console.Out.Write(html);
return 0;

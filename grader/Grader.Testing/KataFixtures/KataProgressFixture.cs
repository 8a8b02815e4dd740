using KitchenKatas.Grader.Testing;

// Compiled into every kata's checks (katas/Directory.Build.targets): each check says what it is and how it went.
[assembly: KataProgress]

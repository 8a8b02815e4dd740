using KitchenKatas.Grader.Testing;

// Compiled into every kata's checks (katas/Directory.Build.targets): the checks run in kata.json's order, check 1 first.
[assembly: KataOrder]

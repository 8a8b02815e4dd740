namespace KitchenKatas.Cli.Tests;

/// <summary>Small hand-made grades for the report writers' tests.</summary>
internal static class Reports
{
    public static GradeReport OneFailure(string message, string? note = null) => GradeReport.From(
    [
        new KataGrade("racy-cart", "The racy cart", false, 20, 40,
        [
            new CheckGrade("K.Checks.Adds", "Adds lose none", true, 20, 20, null, 1500),
            new CheckGrade("K.Checks.Removes", "Removes never go negative", false, 0, 20, message, 250),
        ],
        [new HintInfo("KATA001", "katas/01-racy-cart/Cart.cs", 14, "Two chefs can run _total++ at once.")],
        note is null ? [] : [note],
        2000),
    ]);
}

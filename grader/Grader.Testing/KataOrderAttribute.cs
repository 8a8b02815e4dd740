using System.Reflection;
using KitchenKatas.Grader.Katas;
using NUnit.Framework;
using NUnit.Framework.Interfaces;
using NUnit.Framework.Internal;

namespace KitchenKatas.Grader.Testing;

/// <summary>
/// Runs a kata's checks in the kata's order, check 1 first, as their <see cref="CheckAttribute"/> and the kata's README number them: in
/// <c>dotnet test</c>, in an editor's test explorer and in the grader alike, since all of them run NUnit. Each check
/// gets its number as NUnit's order, and each class of checks (and each namespace around them) the number of its
/// first check. The number on each check's <c>[Check]</c> stays the one place the order is written. Put on every kata's checks by
/// <c>KataFixtures/KataOrderFixture.cs</c>.
/// </summary>
/// <remarks>
/// NUnit runs a class's tests together, so the checks of one class must be neighbours in number: a class whose
/// checks are 1, 2 and 5 runs 1, 2, 5 before check 3 of another class. Give such a check a class of its own.
/// </remarks>
[AttributeUsage(AttributeTargets.Assembly)]
public sealed class KataOrderAttribute : Attribute, IApplyToTest
{
    /// <inheritdoc />
    public void ApplyToTest(NUnit.Framework.Internal.Test test)
    {
        ArgumentNullException.ThrowIfNull(test);
        var assembly = (test as TestAssembly)?.Assembly ?? test.TypeInfo?.Assembly ?? Assemblies(test).FirstOrDefault();
        KataManifest manifest;
        try
        {
            if (assembly is null || KataBuildInfo.Of(assembly) is not { } kata)
            {
                return;
            }

            manifest = kata.LoadManifest();
        }
        catch (IOException)
        {
            return; // no kata.json beside the checks: NUnit's own order
        }

        var numbers = manifest.Checks.Select((c, i) => (c.Test, Number: i + 1)).ToDictionary(c => c.Test, c => c.Number, StringComparer.Ordinal);
        Number(test, numbers);
    }

    // A check gets its number; a suite the smallest number inside it; null when it holds no check of kata.json.
    private static int? Number(ITest test, IReadOnlyDictionary<string, int> numbers)
    {
        int? number;
        if (test.IsSuite)
        {
            number = test.Tests.Select(t => Number(t, numbers)).Where(n => n is not null).Min();
        }
        else
        {
            number = numbers.TryGetValue(test.FullName, out var n) ? n : null;
        }

        if (number is { } order && !test.Properties.ContainsKey(PropertyNames.Order))
        {
            test.Properties.Set(PropertyNames.Order, order);
        }

        return number;
    }

    // The assembly suite knows its assembly only through its fixtures.
    private static IEnumerable<Assembly> Assemblies(ITest test) =>
        test.Tests.SelectMany(t => t.TypeInfo?.Assembly is { } a ? [a] : Assemblies(t));
}

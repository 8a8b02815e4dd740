using KitchenKatas.Grader.Katas;
using KitchenKatas.Grader.Platforms;
using System.Globalization;
using NUnit.Framework;
using NUnit.Framework.Interfaces;
using NUnit.Framework.Internal;

namespace KitchenKatas.Grader.Testing;

/// <summary>
/// Marks a test method as check <see cref="Number"/> of its kata, and is the one place the check is declared: its
/// number, title, points, how the starter ends on it and what it needs of the machine. The grader reads these from
/// the checks' source (<see cref="CheckDeclarations"/>), so kata.json holds only what a teacher sets. Use it instead
/// of <c>[Test]</c>. An editor's test explorer and <c>dotnet test</c> show the check by its number and title
/// ("03 Chefs racing for the last item never both get it"), so they list in the kata's order; its full name stays
/// the method's, which is what the grader, its filters and <c>FullyQualifiedName</c> go by.
/// </summary>
/// <example><c>[Check(1, "Two chefs adding the same item lose none", Points = 20)]</c></example>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class CheckAttribute : TestAttribute, ISimpleTestBuilder
{
    /// <summary>Check <paramref name="number"/> of the kata (1 is the first), proving <paramref name="title"/>.</summary>
    public CheckAttribute(int number, string title)
    {
        Number = number;
        Title = title;
        Description = title;
    }

    /// <summary>The check's number: the kata's checks run, and are listed, in this order.</summary>
    public int Number { get; }

    /// <summary>What the check proves, in the story's words.</summary>
    public string Title { get; }

    /// <summary>What passing it is worth.</summary>
    public int Points { get; set; }

    /// <summary>How the check ends on the kata's starter; <see cref="StarterVerdict.Fails"/> unless set.</summary>
    public StarterVerdict Starter { get; set; }

    /// <summary>What an editor and <c>dotnet test</c> call the check: its number, then its title.</summary>
    public string DisplayName => string.Create(CultureInfo.InvariantCulture, $"{Number:00} {Title}");

    // NUnit has already given the test its full name (the method's), so only the name shown changes.
    TestMethod ISimpleTestBuilder.BuildFrom(IMethodInfo method, Test? suite)
    {
        var test = BuildFrom(method, suite);
        test.Name = DisplayName;
        return test;
    }

#pragma warning disable CA1819 // an attribute's array argument can only be an array
    /// <summary>What the check needs of the machine; where one is missing it says "not judged on this machine".</summary>
    public MachineNeed[] Needs { get; set; } = [];
#pragma warning restore CA1819
}

// Stands in for the class Stryker.NET injects into a mutated assembly: Stryker names its namespace anew each run.
namespace StrykerTestDoubleQx7
{
    public static class MutantControl
    {
        public static int ActiveMutant = -2;
    }
}

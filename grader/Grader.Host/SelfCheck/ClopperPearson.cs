namespace KitchenKatas.Grader.SelfCheck;

/// <summary>
/// Exact (Clopper-Pearson) one-sided confidence bounds for a rate seen as <c>k</c> successes in <c>n</c> runs:
/// the smallest rate that could still have produced that many successes with the given probability.
/// </summary>
public static class ClopperPearson
{
    /// <summary>
    /// The one-sided lower confidence bound of a rate with <paramref name="successes"/> in <paramref name="runs"/>,
    /// at <paramref name="confidence"/> (e.g. 0.95): the rate <c>p</c> at which seeing that many successes or more
    /// has probability <c>1 - confidence</c>. With every run a success it is <c>(1 - confidence)^(1/n)</c>.
    /// </summary>
    public static double LowerBound(int successes, int runs, double confidence = 0.95)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(successes);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(successes, runs);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(confidence);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(confidence, 1);
        var alpha = 1 - confidence;
        if (successes == 0)
        {
            return 0;
        }

        if (successes == runs)
        {
            return Math.Pow(alpha, 1.0 / runs);
        }

        // P(X >= k | p) grows with p: bisect for the p where it equals alpha.
        double low = 0, high = 1;
        for (var step = 0; step < 200 && high - low > 1e-12; step++)
        {
            var middle = (low + high) / 2;
            if (UpperTail(successes, runs, middle) < alpha)
            {
                low = middle;
            }
            else
            {
                high = middle;
            }
        }

        return (low + high) / 2;
    }

    /// <summary>
    /// How many runs, all of them successes, it takes for the lower bound at <paramref name="confidence"/> to reach
    /// <paramref name="rate"/>: the least <c>n</c> with <c>(1 - confidence)^(1/n) &gt;= rate</c>
    /// (2,995 for 99.9 % at 95 %).
    /// </summary>
    public static int RunsToShow(double rate, double confidence = 0.95)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(rate);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(rate, 1);
        var runs = (int)Math.Ceiling(Math.Log(1 - confidence) / Math.Log(rate));

        // Guard the rounding of the logarithms at the edge.
        while (LowerBound(runs, runs, confidence) < rate)
        {
            runs++;
        }

        while (runs > 1 && LowerBound(runs - 1, runs - 1, confidence) >= rate)
        {
            runs--;
        }

        return runs;
    }

    // P(X >= k) for X ~ Binomial(n, p), summed in logarithms so thousands of runs neither overflow nor underflow.
    private static double UpperTail(int k, int n, double p)
    {
        if (p <= 0)
        {
            return 0;
        }

        if (p >= 1)
        {
            return 1;
        }

        var logP = Math.Log(p);
        var logQ = double.LogP1(-p);
        var logChoose = LogChoose(n, k);
        var sum = 0.0;
        for (var i = k; i <= n; i++)
        {
            sum += Math.Exp(logChoose + (i * logP) + ((n - i) * logQ));
            logChoose += Math.Log(n - i) - Math.Log(i + 1); // C(n, i+1) from C(n, i)
        }

        return Math.Min(1, sum);
    }

    private static double LogChoose(int n, int k)
    {
        var result = 0.0;
        for (var i = 1; i <= k; i++)
        {
            result += Math.Log(n - k + i) - Math.Log(i);
        }

        return result;
    }
}

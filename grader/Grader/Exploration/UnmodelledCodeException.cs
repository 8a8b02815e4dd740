namespace KitchenKatas.Grader.Exploration;

/// <summary>
/// The learner's code uses something the explorer cannot schedule (its own threads, tasks, awaits, waits on events).
/// The check then relies on stress alone; this is never a failure of the learner's code.
/// </summary>
public sealed class UnmodelledCodeException : Exception
{
    /// <summary>Creates the exception.</summary>
    public UnmodelledCodeException()
        : base("The explorer cannot model this code.")
    {
    }

    /// <summary>Creates the exception with what could not be modelled, e.g. "await at Cart.cs:12".</summary>
    public UnmodelledCodeException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    public UnmodelledCodeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

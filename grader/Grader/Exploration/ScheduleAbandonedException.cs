namespace KitchenKatas.Grader.Exploration;

/// <summary>Thrown into a chef's thread when the scheduler gives up on a schedule (deadlock, code it cannot model).</summary>
public sealed class ScheduleAbandonedException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ScheduleAbandonedException()
        : base("The explorer abandoned this schedule.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public ScheduleAbandonedException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    public ScheduleAbandonedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

namespace Kitchen.Fixtures;

public sealed class Service
{
    private readonly CountdownEvent _courses = new(3);
    private readonly Barrier _table = new(2);

    public int Left => _courses.CurrentCount;

    public bool Serve() => _courses.Signal();

    public void AddCourse() => _courses.AddCount();

    public bool Finished => _courses.IsSet;

    public void WaitForDessert()
    {
        _courses.Wait();
        _table.SignalAndWait();
    }
}

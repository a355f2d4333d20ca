namespace CaseFlow.Silo.Benchmarks;

/// <summary>Runs an operation for indexes 0..count-1 with a fixed number of callers, each taking the next index.</summary>
internal static class ConcurrentLoop
{
    public static Task ForEachAsync(int count, int concurrency, Func<int, Task> operation)
    {
        var next = -1;
        return Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < count)
            {
                await operation(i);
            }
        }));
    }
}

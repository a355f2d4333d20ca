namespace CaseFlow.Api.Persons;

/// <summary>New internal person ids: "P" and a version-7 Guid, so ids sort roughly by registration time.</summary>
/// <remarks>Never derived from the ID number: the id goes into URLs and logs.</remarks>
public static class PersonIds
{
    public static string New(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        return "P" + Guid.CreateVersion7(time.GetUtcNow()).ToString("N");
    }
}

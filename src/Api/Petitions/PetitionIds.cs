namespace CaseFlow.Api.Petitions;

/// <summary>New internal petition ids: "Q" and a version-7 Guid, so ids sort roughly by registration time.</summary>
public static class PetitionIds
{
    public static string New(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        return "Q" + Guid.CreateVersion7(time.GetUtcNow()).ToString("N");
    }
}

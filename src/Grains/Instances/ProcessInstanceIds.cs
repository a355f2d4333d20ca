using System.Globalization;

namespace CaseFlow.Grains.Instances;

/// <summary>Makes process instance ids.</summary>
public static class ProcessInstanceIds
{
    /// <summary>"I" plus a version-7 Guid: time-ordered for storage, and never a pure-hex string that a caller could mistake for a Guid key.</summary>
    public static string New() => "I" + Guid.CreateVersion7().ToString("N", CultureInfo.InvariantCulture);
}

namespace CaseFlow.Grains.Storage;

/// <summary>Names shared by grain state declarations and the storage wiring.</summary>
public static class StorageNames
{
    /// <summary>The grain-storage provider every CaseFlow grain persists through.</summary>
    public const string Default = "caseflow";
}

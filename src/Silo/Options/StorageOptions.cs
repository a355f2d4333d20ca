using Microsoft.Extensions.Options;

namespace CaseFlow.Silo.Options;

/// <summary>Where a node keeps grain state, reminders, the change feed and the read model (section <c>Storage</c>).</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary>The database kind. <value>Default <see cref="StorageProvider.Sqlite"/>.</value></summary>
    public StorageProvider Provider { get; set; } = StorageProvider.Sqlite;

    /// <summary>The SQLite file, relative to the working directory. <value>Default <c>data/caseflow.db</c>.</value></summary>
    public string SqlitePath { get; set; } = "data/caseflow.db";

    /// <summary>The Npgsql connection string; required when <see cref="Provider"/> is Postgres.</summary>
    /// <remarks>Holds a password in production: supply it through an environment variable
    /// (<c>Storage__ConnectionString</c>), never a committed file.</remarks>
    public string? ConnectionString { get; set; }

    /// <summary>Validates the options, collecting every failure before reporting.</summary>
    public sealed class Validator : IValidateOptions<StorageOptions>
    {
        public ValidateOptionsResult Validate(string? name, StorageOptions options)
        {
            var failures = new List<string>();
            if (!Enum.IsDefined(options.Provider))
            {
                failures.Add($"{SectionName}:Provider must be Sqlite or Postgres (was '{options.Provider}').");
            }

            if (options.Provider == StorageProvider.Sqlite && string.IsNullOrWhiteSpace(options.SqlitePath))
            {
                failures.Add($"{SectionName}:SqlitePath must name a file when {SectionName}:Provider is Sqlite.");
            }

            if (options.Provider == StorageProvider.Postgres && string.IsNullOrWhiteSpace(options.ConnectionString))
            {
                failures.Add($"{SectionName}:ConnectionString is required when {SectionName}:Provider is Postgres.");
            }

            return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
        }
    }
}

using Microsoft.Extensions.Options;

namespace CaseFlow.Silo.Startup;

/// <summary>Reads and validates an options section before the host is built, for settings the wiring itself needs.</summary>
internal static class ValidatedOptions
{
    public static T Read<T>(IConfiguration configuration, string sectionName, IValidateOptions<T> validator)
        where T : class, new()
    {
        var options = new T();
        try
        {
            configuration.GetSection(sectionName).Bind(options);
        }
        catch (InvalidOperationException ex)
        {
            // The binder names the key and the value it could not convert; its message is already one line.
            throw new StartupException($"Invalid setting in section '{sectionName}': {ex.Message}", ex) { ExitCode = 2 };
        }

        var result = validator.Validate(Microsoft.Extensions.Options.Options.DefaultName, options);
        if (result.Failed)
        {
            throw new StartupException("Invalid configuration: " + string.Join(" ", result.Failures ?? []), null) { ExitCode = 2 };
        }

        return options;
    }
}

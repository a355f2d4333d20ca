using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.FileProviders;

namespace Microsoft.Extensions.Configuration;

/// <summary>Makes the node's shipped settings apply from whatever directory it is started in.</summary>
internal static class ConfigurationHostingExtensions
{
    /// <summary>
    /// Adds the <c>appsettings.json</c> next to the binaries as the lowest-priority source, so a node started from
    /// another working directory (an operator's shell, a test, a service manager) still gets its defaults;
    /// appsettings in the working directory, environment variables and the command line all override it.
    /// </summary>
    public static IConfigurationManager AddShippedDefaults(this IConfigurationManager configuration)
    {
        var shipped = Path.Combine(AppContext.BaseDirectory, "appsettings.json");
        if (File.Exists(shipped))
        {
            configuration.Sources.Insert(0, new JsonConfigurationSource
            {
                Path = "appsettings.json",
                FileProvider = new PhysicalFileProvider(AppContext.BaseDirectory),
                Optional = true,
                ReloadOnChange = false,
            });
        }

        return configuration;
    }
}

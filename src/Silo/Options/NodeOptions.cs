using Microsoft.Extensions.Options;

namespace CaseFlow.Silo.Options;

/// <summary>How this node joins its Orleans cluster (section <c>Cluster</c>).</summary>
public sealed class NodeOptions
{
    public const string SectionName = "Cluster";

    /// <summary>Membership scope: nodes with the same id on one database form one cluster. <value>Default <c>caseflow</c>.</value></summary>
    public string ClusterId { get; set; } = "caseflow";

    /// <summary>Storage and reminder scope; never change it on a database that holds data. <value>Default <c>caseflow</c>.</value></summary>
    /// <remarks>State rows, reminders and change rows are keyed by it: a new ServiceId sees an empty system.</remarks>
    public string ServiceId { get; set; } = "caseflow";

    /// <summary>Silo-to-silo port. <value>Default 11111.</value></summary>
    public int SiloPort { get; set; } = 11111;

    /// <summary>Orleans client gateway port, or 0 for none. <value>Default 0: closed.</value></summary>
    /// <remarks>
    /// Grain commands trust the API to have checked role and jurisdiction, so an open gateway would let any Orleans
    /// client on the network call them unchecked. The API is hosted in the node, needs no gateway, and is the only
    /// way in; open one only on a network where every client is trusted.
    /// </remarks>
    public int GatewayPort { get; set; }

    /// <summary>The address other nodes reach this one on. <value>Default 127.0.0.1.</value></summary>
    public string AdvertisedAddress { get; set; } = "127.0.0.1";

    /// <summary>Whether the node serves the Orleans dashboard at <c>/dashboard</c> (admins only). <value>Default true.</value></summary>
    public bool Dashboard { get; set; } = true;

    /// <summary>Validates the options, collecting every failure before reporting.</summary>
    public sealed class Validator : IValidateOptions<NodeOptions>
    {
        public ValidateOptionsResult Validate(string? name, NodeOptions options)
        {
            var failures = new List<string>();
            if (string.IsNullOrWhiteSpace(options.ClusterId))
            {
                failures.Add($"{SectionName}:ClusterId must not be empty.");
            }

            if (string.IsNullOrWhiteSpace(options.ServiceId))
            {
                failures.Add($"{SectionName}:ServiceId must not be empty.");
            }

            if (options.SiloPort is < 1 or > 65535)
            {
                failures.Add($"{SectionName}:SiloPort must be a port number between 1 and 65535 (was {options.SiloPort}).");
            }

            if (options.GatewayPort is < 0 or > 65535 || options.GatewayPort == options.SiloPort)
            {
                failures.Add($"{SectionName}:GatewayPort must be 0 (closed) or a port number up to 65535, different from SiloPort (was {options.GatewayPort}).");
            }

            if (!System.Net.IPAddress.TryParse(options.AdvertisedAddress, out _))
            {
                failures.Add($"{SectionName}:AdvertisedAddress must be an IP address (was '{options.AdvertisedAddress}').");
            }

            return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
        }
    }
}

using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace SupportBot.Bot.Tests.Infrastructure;

/// <summary>
/// The real SupportBot application (its own Program.cs) on real Kestrel, bound to a free
/// loopback port, with optional configuration overrides.
/// </summary>
public sealed class BotHost : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;
    private readonly Action<IServiceCollection>? _configureServices;

    public BotHost(IDictionary<string, string?>? settings = null, Action<IServiceCollection>? configureServices = null)
    {
        _settings = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>());
        _configureServices = configureServices;

        // Each host keeps its state in its own SQLite file unless the test says otherwise.
        if (!_settings.ContainsKey("Storage:DataDirectory") && !_settings.ContainsKey("Storage:Provider"))
        {
            DataDirectory = Directory.CreateTempSubdirectory("supportbot-test-").FullName;
            _settings["Storage:DataDirectory"] = DataDirectory;
        }
        // No port here: WebApplicationFactory would rewrite the server addresses while the app's own
        // thread may already be starting Kestrel (an intermittent "cannot be modified after the
        // server has started"). The "Urls" setting below binds a free loopback port instead.
        UseKestrel();
    }

    /// <summary>The temporary data directory this host created (deleted on dispose), if any.</summary>
    public string? DataDirectory { get; }

    /// <summary>The service registrations of the application, as the host built them.</summary>
    public IServiceCollection? Registrations { get; private set; }

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    public BotHost Start()
    {
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>();
        BaseAddress = new Uri(addresses.Addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal) + "/");
        return this;
    }

    public HttpClient CreateLoopbackClient() => new() { BaseAddress = BaseAddress };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Urls", "http://127.0.0.1:0");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.UseDefaultServiceProvider(options =>
        {
            options.ValidateOnBuild = true;
            options.ValidateScopes = true;
        });
        builder.ConfigureServices(services => Registrations = services);
        if (_configureServices is not null)
        {
            builder.ConfigureTestServices(_configureServices);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (DataDirectory is not null)
        {
            // SQLite may still hold pooled connections for a moment; a leftover temp dir is harmless.
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(DataDirectory, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }
}

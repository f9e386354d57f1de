using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace CredentialFlowAnalyzers.Benchmarks.Corpus
{
    /// <summary>A generated file: a path relative to the corpus root and its text.</summary>
    public sealed class CorpusFile
    {
        public CorpusFile(string path, string text)
        {
            Path = path;
            Text = text;
            Lines = CountLines(text);
        }

        public string Path { get; }
        public string Text { get; }
        public int Lines { get; }

        internal static int CountLines(string text)
        {
            int lines = 1;
            foreach (char c in text)
            {
                if (c == '\n')
                {
                    lines++;
                }
            }

            return lines;
        }
    }

    public sealed class GeneratedCorpus
    {
        public List<CorpusFile> CSharp { get; } = new List<CorpusFile>();
        public List<CorpusFile> Additional { get; } = new List<CorpusFile>();
        public Dictionary<string, int> CredentialSites { get; } = new Dictionary<string, int>();
        public int CSharpLines => CSharp.Sum(f => f.Lines);
        public int AdditionalLines => Additional.Sum(f => f.Lines);
        public int CredentialSiteCount => CredentialSites.Values.Sum();
    }

    /// <summary>
    /// Writes a deterministic (seeded) corpus of ordinary line-of-business C# — models, services, LINQ, async,
    /// string-heavy code — with partner-integration classes that contain credential sites at a realistic density,
    /// cycling through every shape in <see cref="CredentialShapes"/>; plus a large PowerShell script and config files.
    /// </summary>
    public sealed class CorpusGenerator
    {
        private static readonly string[] Nouns = { "Customer", "Subscription", "Invoice", "Order", "Tenant", "License", "Partner", "Offer", "Usage", "Contract", "Seat", "Product", "Reseller", "Entitlement", "Payment", "Quote", "Ticket", "Domain", "Meter", "Address" };
        private static readonly string[] Areas = { "Billing", "Provisioning", "Reporting", "Catalog", "Support", "Licensing", "Onboarding", "Analytics", "Notifications", "Compliance" };
        private static readonly string[] Countries = { "US", "DE", "FR", "GB", "NL", "SE", "JP", "AU", "CA", "BR", "IN", "ES", "IT", "PL" };
        private static readonly string[] Words = { "pending", "active", "suspended", "expired", "trial", "migrated", "cancelled", "renewed", "blocked", "archived" };
        private static readonly string[] Passwords = { "Summer2019!", "P@ssw0rd123", "Contoso#2020", "Welcome1!", "Partner$ync9", "Adm1n!Nightly", "Spring#2021x", "Tr0ub4dor&3" };

        /// <summary>The value of <c>cfa.password_sign_in_methods</c> the benchmark sets: the corpus's own sign-in wrapper.</summary>
        public const string ConfiguredSignInMethods = "M:Contoso.Common.LegacyPartnerLogin.SignIn(System.String,System.String)";

        private readonly Random _random;
        private int _shapeIndex;
        private int _psIndex;

        public CorpusGenerator(int seed = 20260401)
        {
            _random = new Random(seed);
        }

        /// <summary>Secret written into password positions; the default picks realistic passwords.</summary>
        public Func<int, string>? SecretFactory { get; set; }

        public GeneratedCorpus Generate(int targetLines = 150_000, int linesPerCredentialSite = 2_000, int scriptLines = 20_000, int configLines = 10_000)
        {
            var corpus = new GeneratedCorpus();
            corpus.CSharp.Add(new CorpusFile("Common/Infrastructure.cs", CommonFile()));
            int lines = corpus.CSharp[0].Lines;
            int sinceSite = 0;
            int fileIndex = 0;
            while (lines < targetLines)
            {
                CorpusFile file;
                if (sinceSite >= linesPerCredentialSite)
                {
                    CredentialShape shape = CredentialShapes.All[_shapeIndex++ % CredentialShapes.All.Count];
                    file = new CorpusFile($"Integration/{shape.Name}{fileIndex}.cs", IntegrationFile(shape, fileIndex));
                    corpus.CredentialSites[shape.Name] = corpus.CredentialSites.TryGetValue(shape.Name, out int n) ? n + 1 : 1;
                    sinceSite = 0;
                }
                else
                {
                    string area = Pick(Areas);
                    string noun = Pick(Nouns);
                    file = new CorpusFile($"{area}/{noun}{fileIndex}.cs", OrdinaryFile(area, noun, fileIndex));
                }

                corpus.CSharp.Add(file);
                lines += file.Lines;
                sinceSite += file.Lines;
                fileIndex++;
            }

            corpus.Additional.Add(new CorpusFile("scripts/PartnerMaintenance.ps1", Script(scriptLines, linesPerCredentialSite)));
            corpus.Additional.Add(new CorpusFile("App.config", AppConfig(configLines, linesPerCredentialSite)));
            corpus.Additional.Add(new CorpusFile("appsettings.json", AppSettings(configLines, linesPerCredentialSite)));
            return corpus;
        }

        private string Secret() => SecretFactory?.Invoke(_random.Next()) ?? Pick(Passwords) + _random.Next(10, 99);

        private string User() => Pick(new[] { "admin", "sync", "svc-partner", "billing", "ops" }) + "@" + Pick(new[] { "contoso", "fabrikam", "tailspin" }) + ".onmicrosoft.com";

        private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

        private static string CommonFile() => @"using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace Contoso.Common
{
    public interface IAppLog
    {
        void Info(string message);
        void Warn(string message);
        void Error(Exception exception, string message);
    }

    public interface IRepository<T>
    {
        Task<IReadOnlyList<T>> ListAsync(CancellationToken cancellationToken);
        Task SaveAsync(T item, CancellationToken cancellationToken);
    }

    public sealed class SyncException : Exception
    {
        public SyncException(string message, Exception? inner = null) : base(message, inner) { }
    }

    /// <summary>The team's own wrapper around a password sign-in (listed in <c>cfa.password_sign_in_methods</c>).</summary>
    public class LegacyPartnerLogin
    {
        private readonly string _endpoint;

        public LegacyPartnerLogin(string endpoint) => _endpoint = endpoint;

        public string SignIn(string user, string password) => _endpoint + ""/session/"" + user.Length + ""-"" + password.Length;
    }

    public static class Guard
    {
        public static string NotEmpty(string? value, string name) =>
            string.IsNullOrWhiteSpace(value) ? throw new ArgumentException(name + "" must not be empty"", name) : value!;
    }
}
";

        private string OrdinaryFile(string area, string noun, int index)
        {
            string type = noun + index;
            var props = new List<(string Type, string Name)>
            {
                ("Guid", "Id"), ("string", "Name"), ("string", "Email"), ("string", "Country"), ("DateTime", "CreatedOn"),
                ("int", "Seats"), ("decimal", "MonthlyPrice"), ("bool", "IsActive"), ("string", "Status"),
            };
            int extra = _random.Next(2, 8);
            for (int i = 0; i < extra; i++)
            {
                props.Add((Pick(new[] { "string", "int", "decimal", "DateTime?", "long" }), Pick(Words).Substring(0, 1).ToUpperInvariant() + Pick(Words).Substring(1) + Pick(Nouns) + i));
            }

            var sb = new StringBuilder();
            sb.Append("using System;\nusing System.Collections.Generic;\nusing System.Globalization;\nusing System.Linq;\nusing System.Text;\nusing System.Threading;\nusing System.Threading.Tasks;\nusing Contoso.Common;\n\n");
            sb.Append($"namespace Contoso.{area}.{noun}s\n{{\n");
            sb.Append($"    /// <summary>A {noun.ToLowerInvariant()} as the {area.ToLowerInvariant()} service stores it.</summary>\n");
            sb.Append($"    public sealed class {type}\n    {{\n");
            foreach (var (t, n) in props)
            {
                string init = t == "string" ? " = string.Empty;" : "";
                sb.Append($"        public {t} {n} {{ get; set; }}{init}\n");
            }

            sb.Append("\n        public List<string> Tags { get; } = new List<string>();\n\n");
            sb.Append($"        public override string ToString() => $\"{type} {{Id:N}} '{{Name}}' ({{Country}}, {{Seats}} seats at {{MonthlyPrice:C}})\";\n\n");
            sb.Append("        public IEnumerable<string> Validate()\n        {\n");
            sb.Append("            if (string.IsNullOrWhiteSpace(Name))\n            {\n                yield return \"Name is required\";\n            }\n\n");
            sb.Append("            if (!Email.Contains(\"@\", StringComparison.Ordinal) || Email.EndsWith(\".\", StringComparison.Ordinal))\n            {\n                yield return $\"Email '{Email}' is not valid\";\n            }\n\n");
            sb.Append($"            if (Seats < 0 || Seats > {_random.Next(500, 50000)})\n            {{\n                yield return \"Seats out of range: \" + Seats.ToString(CultureInfo.InvariantCulture);\n            }}\n        }}\n    }}\n\n");

            sb.Append($"    public sealed class {type}Service\n    {{\n");
            sb.Append($"        private readonly IRepository<{type}> _repository;\n        private readonly IAppLog _log;\n        private readonly Dictionary<string, decimal> _rates = new Dictionary<string, decimal>(StringComparer.OrdinalIgnoreCase);\n\n");
            sb.Append($"        public {type}Service(IRepository<{type}> repository, IAppLog log)\n        {{\n            _repository = repository ?? throw new ArgumentNullException(nameof(repository));\n            _log = log;\n");
            foreach (string c in Countries.OrderBy(_ => _random.Next()).Take(_random.Next(3, 8)))
            {
                sb.Append($"            _rates[\"{c}\"] = {_random.Next(80, 130)}.{_random.Next(10, 99)}m / 100m;\n");
            }

            sb.Append("        }\n");
            int methods = _random.Next(6, 12);
            for (int m = 0; m < methods; m++)
            {
                sb.Append('\n');
                sb.Append(Method(type, m, props));
            }

            sb.Append("    }\n}\n");
            return sb.ToString();
        }

        private string Method(string type, int m, List<(string Type, string Name)> props)
        {
            int threshold = _random.Next(1, 250);
            string word = Pick(Words);
            string country = Pick(Countries);
            switch (_random.Next(8))
            {
                case 0:
                    return $@"        public async Task<IReadOnlyList<{type}>> GetActive{m}Async(CancellationToken cancellationToken = default)
        {{
            IReadOnlyList<{type}> all = await _repository.ListAsync(cancellationToken).ConfigureAwait(false);
            return all
                .Where(x => x.IsActive && x.Seats > {threshold} && !string.Equals(x.Status, ""{word}"", StringComparison.OrdinalIgnoreCase))
                .OrderBy(x => x.Name, StringComparer.OrdinalIgnoreCase)
                .ThenByDescending(x => x.CreatedOn)
                .ToList();
        }}
";
                case 1:
                    return $@"        public Dictionary<string, decimal> RevenueByCountry{m}(IEnumerable<{type}> items)
        {{
            return items
                .Where(x => x.IsActive)
                .GroupBy(x => x.Country)
                .ToDictionary(
                    g => g.Key,
                    g => g.Sum(x => x.MonthlyPrice * x.Seats * (_rates.TryGetValue(g.Key, out decimal rate) ? rate : 1m)));
        }}
";
                case 2:
                    var sb = new StringBuilder();
                    sb.Append($"        public string RenderCsv{m}(IEnumerable<{type}> items)\n        {{\n            var csv = new StringBuilder();\n");
                    sb.Append("            csv.AppendLine(\"" + string.Join(";", props.Select(p => p.Name)) + "\");\n");
                    sb.Append("            foreach (var item in items)\n            {\n");
                    foreach (var p in props)
                    {
                        string value = p.Type == "string" ? $"Escape(item.{p.Name})" : p.Type == "DateTime" ? $"item.{p.Name}.ToString(\"yyyy-MM-dd\", CultureInfo.InvariantCulture)" : $"Convert.ToString(item.{p.Name}, CultureInfo.InvariantCulture)";
                        sb.Append($"                csv.Append({value}).Append(';');\n");
                    }

                    sb.Append("                csv.AppendLine();\n            }\n\n            return csv.ToString();\n\n");
                    sb.Append("            static string Escape(string value) => value.IndexOfAny(new[] { ';', '\"', '\\n' }) >= 0 ? \"\\\"\" + value.Replace(\"\\\"\", \"\\\"\\\"\") + \"\\\"\" : value;\n        }\n");
                    return sb.ToString();
                case 3:
                    return $@"        public static bool TryParse{m}(string line, out {type}? result)
        {{
            result = null;
            if (string.IsNullOrEmpty(line) || line.StartsWith(""#"", StringComparison.Ordinal))
            {{
                return false;
            }}

            string[] parts = line.Split(new[] {{ ';', ',' }}, StringSplitOptions.None);
            if (parts.Length < 6 || !Guid.TryParse(parts[0], out Guid id) || !int.TryParse(parts[4], NumberStyles.Integer, CultureInfo.InvariantCulture, out int seats))
            {{
                return false;
            }}

            decimal.TryParse(parts[5], NumberStyles.Number, CultureInfo.InvariantCulture, out decimal price);
            result = new {type}
            {{
                Id = id,
                Name = parts[1].Trim(),
                Email = parts[2].Trim().ToLowerInvariant(),
                Country = parts[3].Length == 2 ? parts[3].ToUpperInvariant() : ""{country}"",
                Seats = seats,
                MonthlyPrice = price,
                IsActive = !parts[1].Contains(""{word}"", StringComparison.OrdinalIgnoreCase),
            }};
            result.Tags.AddRange(parts.Skip(6).Where(t => t.Length > 0).Select(t => t.Trim()));
            return true;
        }}
";
                case 4:
                    return $@"        public string Describe{m}({type} item) => item.Seats switch
        {{
            0 => $""{{item.Name}} has no seats"",
            < {threshold} => $""{{item.Name}} is a small {{item.Country}} account ({{item.Seats}})"",
            _ when item.Status == ""{word}"" => $""{{item.Name}} is {word}"",
            _ => string.Format(CultureInfo.InvariantCulture, ""{{0}}: {{1}} seats, {{2:N2}} per month"", item.Name, item.Seats, item.MonthlyPrice * item.Seats),
        }};
";
                case 5:
                    return $@"        public async Task<int> Sync{m}Async(IEnumerable<{type}> incoming, CancellationToken cancellationToken)
        {{
            int saved = 0;
            foreach ({type} item in incoming)
            {{
                for (int attempt = 1; attempt <= 3; attempt++)
                {{
                    try
                    {{
                        if (item.Validate().Any())
                        {{
                            _log.Warn($""Skipping {{item}}: {{string.Join("", "", item.Validate())}}"");
                            break;
                        }}

                        await _repository.SaveAsync(item, cancellationToken).ConfigureAwait(false);
                        saved++;
                        break;
                    }}
                    catch (TimeoutException ex) when (attempt < 3)
                    {{
                        _log.Error(ex, $""Attempt {{attempt}} for {{item.Id}} timed out"");
                        await Task.Delay(TimeSpan.FromMilliseconds({threshold} * attempt), cancellationToken).ConfigureAwait(false);
                    }}
                }}
            }}

            _log.Info(""Synced "" + saved + "" {type} records"");
            return saved;
        }}
";
                case 6:
                    return $@"        public IReadOnlyDictionary<string, List<string>> TagIndex{m}(IEnumerable<{type}> items)
        {{
            var index = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
            foreach (var item in items.Where(i => i.Tags.Count > 0))
            {{
                foreach (string tag in item.Tags.Select(t => t.Trim().ToLowerInvariant()).Distinct())
                {{
                    if (!index.TryGetValue(tag, out List<string>? names))
                    {{
                        names = new List<string>();
                        index.Add(tag, names);
                    }}

                    names.Add(item.Name);
                }}
            }}

            return index;
        }}
";
                default:
                    return $@"        public static string NormalizeEmail{m}(string email)
        {{
            string trimmed = email.Trim();
            int at = trimmed.LastIndexOf('@');
            if (at <= 0 || at == trimmed.Length - 1)
            {{
                throw new SyncException($""'{{email}}' is not an e-mail address"");
            }}

            string local = trimmed.Substring(0, at);
            string domain = trimmed.Substring(at + 1).ToLowerInvariant();
            int plus = local.IndexOf('+');
            if (plus > 0)
            {{
                local = local.Substring(0, plus);
            }}

            return domain.EndsWith("".onmicrosoft.com"", StringComparison.Ordinal) ? local + ""@"" + domain : local.ToLowerInvariant() + ""@"" + domain;
        }}
";
            }
        }

        private string IntegrationFile(CredentialShape shape, int index)
        {
            var sb = new StringBuilder();
            string usings = shape.Usings + "\nusing System;\nusing System.Linq;";
            foreach (string u in usings.Split('\n').Distinct().OrderBy(u => u, StringComparer.Ordinal))
            {
                sb.Append(u).Append('\n');
            }

            sb.Append($"\nnamespace Contoso.Partner.Integration{index}\n{{\n    /// <summary>Nightly partner job step {index}.</summary>\n    public sealed class PartnerJob{index}\n    {{\n");
            sb.Append($"        private const string PartnerCenterEndpoint = \"https://api.partnercenter.microsoft.com/v1/customers\";\n        private readonly string _tenant = \"{Pick(new[] { "contoso", "fabrikam", "tailspin" })}.onmicrosoft.com\";\n\n");
            sb.Append($"        public string Tenant => _tenant;\n\n        public Uri CustomerUri(string customerId) => new Uri(PartnerCenterEndpoint + \"/\" + Uri.EscapeDataString(customerId) + \"/subscriptions?size={_random.Next(10, 500)}\");\n\n");
            sb.Append($"        public string[] SplitScopes(string scopes) => scopes.Split(' ').Where(s => s.Length > 0).Select(s => s.Trim()).ToArray();\n");
            string member = shape.Render(Secret(), User());
            foreach (string line in member.Replace("\r\n", "\n").Split('\n'))
            {
                sb.Append(line.Length == 0 ? "" : "        " + line).Append('\n');
            }

            sb.Append("    }\n}\n");
            return sb.ToString();
        }

        private string Script(int targetLines, int linesPerSite)
        {
            var sb = new StringBuilder("#Requires -Version 5.1\n#Requires -Modules AzureAD\n<#\n.SYNOPSIS\n    Nightly partner tenant maintenance.\n#>\nparam(\n    [string] $TenantId = 'contoso.onmicrosoft.com',\n    [int] $BatchSize = 100\n)\n\nSet-StrictMode -Version Latest\n$ErrorActionPreference = 'Stop'\n\n");
            int lines = CorpusFile.CountLines(sb.ToString());
            int since = 0;
            int f = 0;
            while (lines < targetLines)
            {
                string chunk;
                if (since >= linesPerSite)
                {
                    chunk = "\n# Sign-in for step " + f + "\n" + CredentialShapes.PowerShell[_psIndex++ % CredentialShapes.PowerShell.Count].Replace("%SECRET%", Secret()).Replace("%USER%", User());
                    since = 0;
                }
                else
                {
                    string noun = Pick(Nouns);
                    chunk = $@"
function Update-{noun}{f} {{
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true)] [string] $CustomerId,
        [string] $Status = '{Pick(Words)}'
    )

    $uri = ""https://api.partnercenter.microsoft.com/v1/customers/$CustomerId/{noun.ToLowerInvariant()}s?size=$BatchSize""
    $items = @(Invoke-RestMethod -Uri $uri -Headers $script:Headers -Method Get | Select-Object -ExpandProperty items)
    $report = foreach ($item in $items | Where-Object {{ $_.status -ne $Status -and $_.quantity -gt {_random.Next(1, 50)} }}) {{
        [pscustomobject]@{{
            Id       = $item.id
            Name     = $item.friendlyName.Trim()
            Quantity = [int]$item.quantity
            Country  = '{Pick(Countries)}'
        }}
    }}

    if ($report.Count -gt 0) {{
        Write-Verbose (""{{0}} {noun} items for {{1}}"" -f $report.Count, $CustomerId)
        $report | Export-Csv -Path (Join-Path $PSScriptRoot ""{noun}-$CustomerId.csv"") -NoTypeInformation -Append
    }}

    $summary = @""
{noun} update for $CustomerId
Items: $($items.Count)
Changed: $($report.Count)
""@
    Write-Output $summary
}}
";
                    f++;
                }

                sb.Append(chunk);
                int n = CorpusFile.CountLines(chunk) - 1;
                lines += n;
                since += n;
            }

            return sb.ToString();
        }

        private string AppConfig(int targetLines, int linesPerSite)
        {
            var settings = new StringBuilder();
            var connections = new StringBuilder();
            int lines = 0;
            int since = 0;
            int i = 0;
            while (lines < targetLines)
            {
                if (since >= linesPerSite)
                {
                    settings.Append(CredentialShapes.AppConfig[i % CredentialShapes.AppConfig.Count].Replace("%SECRET%", Secret()).Replace("%USER%", User()));
                    connections.Append(CredentialShapes.ConnectionStrings[i % CredentialShapes.ConnectionStrings.Count].Replace("%SECRET%", Secret()).Replace("%USER%", User()));
                    since = 0;
                    lines += 3;
                }
                else
                {
                    settings.Append($"    <add key=\"{Pick(Areas)}.{Pick(Nouns)}{i}.{Pick(new[] { "BatchSize", "Endpoint", "Timeout", "Enabled", "Region" })}\" value=\"{Pick(Words)}-{_random.Next(1000)}\" />\n");
                    if (i % 20 == 0)
                    {
                        connections.Append($"    <add name=\"{Pick(Areas)}{i}\" connectionString=\"Server=tcp:{Pick(Areas).ToLowerInvariant()}.database.windows.net;Database={Pick(Nouns)};Authentication=Active Directory Default;Encrypt=True\" providerName=\"Microsoft.Data.SqlClient\" />\n");
                        lines++;
                        since++;
                    }

                    lines++;
                    since++;
                }

                i++;
            }

            return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<configuration>\n  <appSettings>\n" + settings + "  </appSettings>\n  <connectionStrings>\n" + connections + "  </connectionStrings>\n</configuration>\n";
        }

        private string AppSettings(int targetLines, int linesPerSite)
        {
            var sb = new StringBuilder("{\n");
            int lines = 0;
            int since = 0;
            int i = 0;
            var entries = new List<string>();
            while (lines < targetLines)
            {
                if (since >= linesPerSite)
                {
                    entries.Add("  " + CredentialShapes.Json[i % CredentialShapes.Json.Count].Replace("%SECRET%", Secret()).Replace("%USER%", User()));
                    since = 0;
                    lines++;
                }
                else
                {
                    entries.Add($"  \"{Pick(Areas)}{i}\": {{\n    \"Endpoint\": \"https://{Pick(Areas).ToLowerInvariant()}.contoso.com/api/v{_random.Next(1, 4)}\",\n    \"TimeoutSeconds\": {_random.Next(5, 300)},\n    \"Mode\": \"{Pick(Words)}\"\n  }}");
                    lines += 5;
                    since += 5;
                }

                i++;
            }

            return sb.Append(string.Join(",\n", entries)).Append("\n}\n").ToString();
        }
    }
}

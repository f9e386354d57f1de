using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;

namespace CredentialFlowAnalyzers.Benchmarks
{
    /// <summary>A folder of C# to measure, with the compile options given on the command line (they win over the project file's).</summary>
    internal sealed class FolderCorpusSpec
    {
        public FolderCorpusSpec(string folder)
        {
            Folder = folder;
        }

        public string Folder { get; }
        public string? Name { get; set; }
        public string? LangVersion { get; set; }
        public string? Nullable { get; set; }
        public bool? Checked { get; set; }
        public bool? AllowUnsafe { get; set; }
        public List<string> Defines { get; } = new List<string>();
        public bool NoProjectDefines { get; set; }
        public List<string> References { get; } = new List<string>();
    }

    internal sealed class BenchSettings
    {
        public const string Usage = @"Options:
  --corpus DIR          measure a folder of C# (repeatable). Compile options come from a *.csproj (or *.csproj.original)
                        in DIR and the nearest Directory.Build.props, else defaults; these flags after a --corpus
                        override them for that corpus:
      --name NAME             name shown in the table (default: the project's assembly name, else the folder name)
      --langversion V         C# version (e.g. 9, 12, latest)
      --nullable V            enable | disable | warnings | annotations
      --define A;B            preprocessor symbols added to the project's (repeatable)
      --only-defines          ignore the project's symbols; use only --define ones
      --checked               checked arithmetic (CheckForOverflowUnderflow)
      --unsafe                allow unsafe code
      --reference PATH        a .dll or a folder of .dll files to compile against (repeatable)
  --no-generated        skip the generated partner corpus (measure only --corpus folders)
  --lines N             size of the generated corpus (default 150000)
  --seed N              seed of the generated corpus
  --runs N              measured runs per corpus (default 5); --warmup N warm-up runs per corpus (default 2:
                        the JIT needs a few runs to settle, and a cold first run costs several times a warm one)
  --out DIR             where latest.md and latest.json go (default bench/results in the repository)
  --no-readme           do not refresh the README's performance section
  --allow-errors        measure the generated corpus even if it does not compile
  --write-corpus DIR    also write the generated corpus to DIR
  --tokenizer-only N    time only the PowerShell tokenizer (N runs) and exit
  --breakdown           instead of the comparison, split each analyzer's time by callback kind (compilation start,
                        operation actions per kind, operation blocks, additional files ...) and compare driver wall
                        times with and without the package; writes breakdown.md to the results folder
  --analyzers ID,ID     with --breakdown: only the package's analyzers that report one of these ids (e.g. CFA2002)";

        public int Lines { get; private set; } = 150_000;
        public int Runs { get; private set; } = 5;
        public int Warmup { get; private set; } = 2;
        public int Seed { get; private set; } = 20260401;
        public bool Generated { get; private set; } = true;
        public bool NoReadme { get; private set; }
        public bool AllowErrors { get; private set; }
        public string? OutDir { get; private set; }
        public string? WriteCorpus { get; private set; }
        public int TokenizerOnly { get; private set; }
        public bool Breakdown { get; private set; }
        public List<string> AnalyzerIds { get; } = new List<string>();
        public List<FolderCorpusSpec> Folders { get; } = new List<FolderCorpusSpec>();
        public string LoadAtStart { get; } = Report.LoadAverage();

        public static BenchSettings Parse(string[] args)
        {
            var s = new BenchSettings();
            for (int i = 0; i < args.Length; i++)
            {
                string arg = args[i];
                string Value()
                {
                    if (i + 1 >= args.Length)
                    {
                        throw new ArgumentException(arg + " needs a value.\n" + Usage);
                    }

                    return args[++i];
                }

                FolderCorpusSpec Current() => s.Folders.Count > 0 ? s.Folders[s.Folders.Count - 1] : throw new ArgumentException(arg + " applies to the --corpus before it; give --corpus DIR first.\n" + Usage);

                switch (arg)
                {
                    case "--corpus":
                        string dir = Path.GetFullPath(Value());
                        if (!Directory.Exists(dir))
                        {
                            throw new ArgumentException("--corpus: no such folder: " + dir);
                        }

                        s.Folders.Add(new FolderCorpusSpec(dir));
                        break;
                    case "--name": Current().Name = Value(); break;
                    case "--langversion": Current().LangVersion = Value(); break;
                    case "--nullable": Current().Nullable = Value(); break;
                    case "--define": Current().Defines.AddRange(Value().Split(new[] { ';', ',' }, StringSplitOptions.RemoveEmptyEntries)); break;
                    case "--only-defines": Current().NoProjectDefines = true; break;
                    case "--checked": Current().Checked = true; break;
                    case "--unsafe": Current().AllowUnsafe = true; break;
                    case "--reference": Current().References.Add(Path.GetFullPath(Value())); break;
                    case "--no-generated": s.Generated = false; break;
                    case "--lines": s.Lines = Int(Value()); break;
                    case "--runs": s.Runs = Math.Max(1, Int(Value())); break;
                    case "--warmup": s.Warmup = Math.Max(0, Int(Value())); break;
                    case "--seed": s.Seed = Int(Value()); break;
                    case "--out": s.OutDir = Path.GetFullPath(Value()); break;
                    case "--no-readme": s.NoReadme = true; break;
                    case "--allow-errors": s.AllowErrors = true; break;
                    case "--write-corpus": s.WriteCorpus = Value(); break;
                    case "--tokenizer-only": s.TokenizerOnly = Int(Value()); break;
                    case "--breakdown": s.Breakdown = true; break;
                    case "--analyzers": s.AnalyzerIds.AddRange(Value().Split(new[] { ',', ';' }, StringSplitOptions.RemoveEmptyEntries)); break;
                    case "--help":
                    case "-h":
                        throw new ArgumentException(Usage);
                    default: throw new ArgumentException("Unknown option " + arg + ".\n" + Usage);
                }
            }

            if (s.AnalyzerIds.Count > 0 && !s.Breakdown)
            {
                throw new ArgumentException("--analyzers applies to --breakdown only: the comparison always measures the whole package against the peer.");
            }

            if (!s.Generated && s.Folders.Count == 0)
            {
                throw new ArgumentException("--no-generated leaves nothing to measure: add --corpus DIR.");
            }

            return s;
        }

        private static int Int(string text) => int.Parse(text, NumberStyles.Integer, CultureInfo.InvariantCulture);
    }
}

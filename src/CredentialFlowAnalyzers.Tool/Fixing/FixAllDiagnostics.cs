using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace CredentialFlowAnalyzers.Tool.Fixing
{
    /// <summary>Hands a Fix All provider the diagnostics found beforehand, per project (as <c>dotnet format</c> does).</summary>
    internal sealed class FixAllDiagnostics : FixAllContext.DiagnosticProvider
    {
        private readonly ImmutableDictionary<ProjectId, ImmutableArray<Diagnostic>> _byProject;

        public FixAllDiagnostics(ImmutableDictionary<ProjectId, ImmutableArray<Diagnostic>> byProject)
        {
            _byProject = byProject;
        }

        public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            GetProjectDiagnosticsAsync(project, cancellationToken);

        public override Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken) =>
            Task.FromResult<IEnumerable<Diagnostic>>(Of(document.Project.Id).Where(d => d.Location.SourceTree?.FilePath == document.FilePath).ToArray());

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Task.FromResult<IEnumerable<Diagnostic>>(Of(project.Id));

        private ImmutableArray<Diagnostic> Of(ProjectId id) => _byProject.TryGetValue(id, out ImmutableArray<Diagnostic> diagnostics) ? diagnostics : ImmutableArray<Diagnostic>.Empty;
    }
}

# App-only: certificate sign-in, no user password anywhere.
param(
    [string]$AppId = $env:EXO_APP_ID,
    [string]$Organization = $env:EXO_ORGANIZATION,
    [string]$CertificateThumbprint = $env:EXO_CERTIFICATE_THUMBPRINT
)

Connect-ExchangeOnline -AppId $AppId -CertificateThumbprint $CertificateThumbprint -Organization $Organization -ShowBanner:$false
Get-EXOMailbox -ResultSize 10 | Select-Object DisplayName

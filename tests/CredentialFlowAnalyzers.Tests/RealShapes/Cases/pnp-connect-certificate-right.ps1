# source: https://github.com/spjeff/PNP-Cert 2-PNP-Connect.ps1 (Connect-PnPOnline with -ClientId -Tenant -CertificatePath
# source:   -CertificatePassword; the certificate password is piped into ConvertTo-SecureString). A certificate, not a user
# source:   password: no diagnostic.
$tenant = "contoso"
$clientFile = "PnP-PowerShell-Client.txt"

$clientId = Get-Content $clientFile
$password = $env:PNP_CERT_PASSWORD
$secPassword = $password | ConvertTo-SecureString -AsPlainText -Force
Connect-PnPOnline -ClientId $clientId -Url "https://$tenant.sharepoint.com" -Tenant "$tenant.onmicrosoft.com" -CertificatePath '.\PnP-PowerShell.pfx' -CertificatePassword $secPassword
Get-PnPTenantSite | Format-Table -AutoSize

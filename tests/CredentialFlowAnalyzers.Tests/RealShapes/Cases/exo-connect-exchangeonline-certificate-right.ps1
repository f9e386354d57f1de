# source: https://github.com/MicrosoftDocs/office-docs-powershell exchange/docs-conceptual/app-only-auth-powershell-v2.md
# source:   (Connect-ExchangeOnline -CertificateThumbPrint -AppID -Organization for unattended scripts). No diagnostic.
Import-Module ExchangeOnlineManagement
Connect-ExchangeOnline -CertificateThumbPrint "012THISISADEMOTHUMBPRINT" -AppID "36ee4c6c-0812-40a2-b820-b22ebd02bce3" -Organization "contoso.onmicrosoft.com" -ShowBanner:$false
Get-EXOMailbox -ResultSize 10 | Select-Object DisplayName, PrimarySmtpAddress
Disconnect-ExchangeOnline -Confirm:$false

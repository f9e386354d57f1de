<#
.SYNOPSIS
    Exports mailbox sizes to CSV. Scheduled nightly with the service account's credentials as parameters.
#>
param(
    [string]$UserName,
    [string]$Password,
    [string]$Organization,
    [string]$ClientId,
    [string]$CertificateThumbprint
)

Write-Host "Connecting to Exchange Online..."
if (($UserName -ne "") -and ($Password -ne "")) {
    Connect-ExchangeOnline -AppId $env:SECUREAPP__CLIENTID -CertificateThumbprint $env:SECUREAPP__CERTIFICATETHUMBPRINT -Organization $env:EXCHANGE__ORGANIZATION -ShowBanner:$false
}
elseif ($Organization -ne "" -and $ClientId -ne "" -and $CertificateThumbprint -ne "") {
    Connect-ExchangeOnline -AppId $ClientId -CertificateThumbprint $CertificateThumbprint -Organization $Organization -ShowBanner:$false
}

Get-EXOMailbox -ResultSize Unlimited |
    Get-EXOMailboxStatistics |
    Select-Object DisplayName, TotalItemSize, ItemCount |
    Export-Csv -Path ".\MailboxSizeReport.csv" -NoTypeInformation

Disconnect-ExchangeOnline -Confirm:$false

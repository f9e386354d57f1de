<#
.SYNOPSIS
    Nightly license sync: copies each customer's consumed licenses to the billing share.
    Scheduled on the sync server as the service account.
#>
param(
    [string]$OutputPath = '\\billing\licenses'
)

Import-Module MSOnline
Connect-MgGraph -ClientId $env:SECUREAPP__CLIENTID -TenantId $env:SECUREAPP__TENANTID -CertificateThumbprint $env:SECUREAPP__CERTIFICATETHUMBPRINT

foreach ($customer in Get-MsolPartnerContract -All) {
    Get-MsolAccountSku -TenantId $customer.TenantId |
        Select-Object @{ n = 'Customer'; e = { $customer.DefaultDomainName } }, AccountSkuId, ConsumedUnits |
        Export-Csv -Path (Join-Path $OutputPath "$($customer.TenantId).csv") -NoTypeInformation
}

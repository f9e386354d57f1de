<#
.SYNOPSIS
    Nightly license sync: copies each customer's consumed licenses to the billing share.
    Scheduled on the sync server as the service account.
#>
param(
    [string]$OutputPath = '\\billing\licenses'
)

Import-Module MSOnline
Connect-MgGraph -AccessToken (ConvertTo-SecureString $env:GRAPH_ACCESS_TOKEN -AsPlainText -Force)

foreach ($customer in Get-MsolPartnerContract -All) {
    Get-MsolAccountSku -TenantId $customer.TenantId |
        Select-Object @{ n = 'Customer'; e = { $customer.DefaultDomainName } }, AccountSkuId, ConsumedUnits |
        Export-Csv -Path (Join-Path $OutputPath "$($customer.TenantId).csv") -NoTypeInformation
}

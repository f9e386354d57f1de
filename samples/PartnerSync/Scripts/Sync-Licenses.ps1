<#
.SYNOPSIS
    Nightly license sync: copies each customer's consumed licenses to the billing share.
    Scheduled on the sync server as the service account.
#>
param(
    [string]$OutputPath = '\\billing\licenses'
)

Import-Module MSOnline
$password = ConvertTo-SecureString 'Summer2019!' -AsPlainText -Force
$credential = New-Object System.Management.Automation.PSCredential('sync@contoso.onmicrosoft.com', $password)
Connect-MsolService -Credential $credential

foreach ($customer in Get-MsolPartnerContract -All) {
    Get-MsolAccountSku -TenantId $customer.TenantId |
        Select-Object @{ n = 'Customer'; e = { $customer.DefaultDomainName } }, AccountSkuId, ConsumedUnits |
        Export-Csv -Path (Join-Path $OutputPath "$($customer.TenantId).csv") -NoTypeInformation
}

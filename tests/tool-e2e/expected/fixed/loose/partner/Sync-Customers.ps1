# Lists the customers of the partner tenant for the billing export.
param(
    [Parameter(Mandatory = $true)]
    [string]$ApplicationId,
    [Parameter(Mandatory = $true)]
    [pscredential]$Credential
)

Import-Module PartnerCenter
Connect-PartnerCenter -RefreshToken $env:PARTNER_REFRESH_TOKEN -ApplicationId $ApplicationId

Get-PartnerCustomer |
    Select-Object CustomerId, Domain, Name |
    Export-Csv -Path (Join-Path $PSScriptRoot 'customers.csv') -NoTypeInformation

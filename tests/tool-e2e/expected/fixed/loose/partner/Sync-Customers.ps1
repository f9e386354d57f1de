# Lists the customers of the partner tenant for the billing export.
param(
    [Parameter(Mandatory = $true)]
    [string]$ApplicationId,
    [Parameter(Mandatory = $true)]
    [pscredential]$Credential
)

Import-Module PartnerCenter
Connect-PartnerCenter -ApplicationId $env:SECUREAPP__CLIENTID -CertificateThumbprint $env:SECUREAPP__CERTIFICATETHUMBPRINT -RefreshToken $env:PARTNERCENTER__REFRESHTOKEN

Get-PartnerCustomer |
    Select-Object CustomerId, Domain, Name |
    Export-Csv -Path (Join-Path $PSScriptRoot 'customers.csv') -NoTypeInformation

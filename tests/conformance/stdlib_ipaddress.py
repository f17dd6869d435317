# ipaddress: addresses, networks, interfaces, v4 and v6, errors.
import ipaddress
from ipaddress import ip_address, ip_network, ip_interface, IPv4Address, IPv6Address, IPv4Network

a = ip_address('192.168.1.10')
print(repr(a), a, int(a), a.version, a.is_private, a.is_global, a.is_loopback, a.packed, a.reverse_pointer)
print(a + 5, a - 10, a > ip_address('10.0.0.1'), ip_address(3232235777), IPv4Address(b'\x7f\x00\x00\x01'))
print([str(ip_address(x)) for x in ('127.0.0.1', '0.0.0.0', '255.255.255.255')],
      ip_address('224.0.0.1').is_multicast, ip_address('169.254.1.1').is_link_local, ip_address('0.0.0.0').is_unspecified)
n = ip_network('10.1.0.0/16')
print(repr(n), n.num_addresses, n.netmask, n.hostmask, n.broadcast_address, n.network_address, n.prefixlen, n.with_netmask)
print(ip_address('10.1.200.3') in n, ip_address('10.2.0.1') in n, list(ip_network('192.0.2.0/30')),
      list(ip_network('192.0.2.0/30').hosts()))
print(list(ip_network('192.0.2.0/24').subnets(prefixlen_diff=2)), ip_network('192.0.2.0/26').supernet(new_prefix=24))
print(ip_network('10.0.0.0/8').overlaps(ip_network('10.5.0.0/16')), ip_network('10.5.0.0/16').subnet_of(ip_network('10.0.0.0/8')))
print(list(ipaddress.collapse_addresses([ip_network('192.0.2.0/25'), ip_network('192.0.2.128/25')])))
print(list(ipaddress.summarize_address_range(IPv4Address('192.0.2.0'), IPv4Address('192.0.2.130'))))
print(list(ip_network('192.0.2.0/28').address_exclude(ip_network('192.0.2.1/32'))))
i = ip_interface('192.0.2.5/24')
print(repr(i), i.ip, i.network, i.with_prefixlen, i.with_hostmask, i.netmask)
v6 = ip_address('2001:DB8::1')
print(repr(v6), v6, v6.exploded, v6.compressed, int(v6), v6.is_private, v6.reverse_pointer[:20], v6.packed[:4])
print(ip_address('::ffff:192.0.2.1').ipv4_mapped, ip_address('::1').is_loopback, ip_address('fe80::1%eth0'),
      ip_address('fe80::1%eth0').scope_id, IPv6Address('2002:c000:0204::1').sixtofour)
n6 = ip_network('2001:db8::/32')
print(n6, n6.num_addresses, n6.prefixlen, ip_address('2001:db8:1::5') in n6, n6.supernet())
print(sorted([ip_address('10.0.0.2'), ip_address('10.0.0.1'), ip_address('9.255.255.255')]))
print(hash(ip_address('1.2.3.4')) == hash(ip_address('1.2.3.4')), {ip_network('10.0.0.0/8'): 1}[ip_network('10.0.0.0/8')])
print(ipaddress.get_mixed_type_key(ip_address('1.1.1.1')), ipaddress.v4_int_to_packed(1), ipaddress.v6_int_to_packed(1)[-2:])
print(format(ip_address('192.0.2.1'), 'b')[:12], format(ip_address('192.0.2.1'), '#x'), format(v6, 'X')[:8], f'{a:n}')
for bad in ['1.2.3', '256.1.1.1', '1.2.3.04', 'hello', '::g', '1::2::3', '']:
    try:
        ip_address(bad)
    except ValueError as e:
        print('ValueError', e)
for bad in ['10.0.0.1/8', '10.0.0.0/33', '10.0.0.0/255.0.255.0']:
    try:
        ip_network(bad)
    except ValueError as e:
        print('ValueError', e)
print(ip_network('10.0.0.1/8', strict=False), IPv4Network(('10.0.0.0', 8)), ip_network('10.0.0.0/255.0.0.0'))
try:
    ip_address('1.1.1.1') < ip_address('::1')
except TypeError as e:
    print('TypeError', e)
try:
    IPv4Address(-1)
except ipaddress.AddressValueError as e:
    print('AddressValueError', e)

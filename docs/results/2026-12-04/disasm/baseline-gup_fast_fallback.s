
/work/main/build/baseline/obj-eval/vmlinux:     file format elf64-x86-64


Disassembly of section .text:

ffffffff81129bc6 <gup_fast_fallback>:
ffffffff81129bc6:	push   %r15
ffffffff81129bc8:	push   %r14
ffffffff81129bca:	push   %r13
ffffffff81129bcc:	push   %r12
ffffffff81129bce:	push   %rbp
ffffffff81129bcf:	push   %rbx
ffffffff81129bd0:	sub    $0xb0,%rsp
ffffffff81129bd7:	mov    %rsi,0x68(%rsp)
ffffffff81129bdc:	xor    %esi,%esi
ffffffff81129bde:	mov    %edx,0x20(%rsp)
ffffffff81129be2:	and    $0xffe7ead4,%edx
ffffffff81129be8:	mov    %rcx,0x30(%rsp)
ffffffff81129bed:	mov    %esi,0x9c(%rsp)
ffffffff81129bf4:	je     ffffffff81129c02 <gup_fast_fallback+0x3c>
ffffffff81129bf6:	ud2
ffffffff81129bf8:	mov    $0xffffffea,%eax
ffffffff81129bfd:	jmp    ffffffff8112a3bf <gup_fast_fallback+0x7f9>
ffffffff81129c02:	mov    0x20(%rsp),%eax
ffffffff81129c06:	mov    %rdi,%r8
ffffffff81129c09:	and    $0x80000,%eax
ffffffff81129c0e:	mov    %eax,0x80(%rsp)
ffffffff81129c15:	je     ffffffff81129c2b <gup_fast_fallback+0x65>
ffffffff81129c17:	mov    %gs:0x6be3f9(%rip),%rax        # ffffffff817e8018 <current_task>
ffffffff81129c1f:	mov    0x3d8(%rax),%rdi
ffffffff81129c26:	call   ffffffff81127a8a <mm_set_has_pinned_flag>
ffffffff81129c2b:	mov    0x68(%rsp),%rdx
ffffffff81129c30:	and    $0xfffffffffffff000,%r8
ffffffff81129c37:	mov    0x20(%rsp),%eax
ffffffff81129c3b:	mov    %r8,%rcx
ffffffff81129c3e:	mov    %r8,0x40(%rsp)
ffffffff81129c43:	shl    $0xc,%rdx
ffffffff81129c47:	and    $0x100000,%eax
ffffffff81129c4c:	add    %rdx,%rcx
ffffffff81129c4f:	mov    %eax,0x88(%rsp)
ffffffff81129c56:	mov    $0xffffffb5,%eax
ffffffff81129c5b:	mov    %rcx,0x38(%rsp)
ffffffff81129c60:	setb   %cl
ffffffff81129c63:	movzbl %cl,%ecx
ffffffff81129c66:	mov    %rcx,(%rsp)
ffffffff81129c6a:	jb     ffffffff8112a3bf <gup_fast_fallback+0x7f9>
ffffffff81129c70:	movabs $0x7ffffffff000,%rdx
ffffffff81129c7a:	mov    0x38(%rsp),%rcx
ffffffff81129c7f:	mov    $0xfffffff2,%eax
ffffffff81129c84:	cmp    %rcx,%rdx
ffffffff81129c87:	jb     ffffffff8112a3bf <gup_fast_fallback+0x7f9>
ffffffff81129c8d:	jmp    ffffffff81756855 <_einittext+0xfd2>
ffffffff81129c92:	mov    $0x38,%ecx
ffffffff81129c97:	jmp    ffffffff81129c9e <gup_fast_fallback+0xd8>
ffffffff81129c99:	mov    $0x2f,%ecx
ffffffff81129c9e:	mov    0x38(%rsp),%rax
ffffffff81129ca3:	shr    %cl,%rax
ffffffff81129ca6:	mov    %rax,0x48(%rsp)
ffffffff81129cab:	test   %rax,%rax
ffffffff81129cae:	jne    ffffffff8112a342 <gup_fast_fallback+0x77c>
ffffffff81129cb4:	cmpl   $0x0,0x80(%rsp)
ffffffff81129cbc:	mov    %gs:0x6be354(%rip),%rax        # ffffffff817e8018 <current_task>
ffffffff81129cc4:	jne    ffffffff81129cce <gup_fast_fallback+0x108>
ffffffff81129cc6:	xor    %ecx,%ecx
ffffffff81129cc8:	mov    %ecx,0x5c(%rsp)
ffffffff81129ccc:	jmp    ffffffff81129cea <gup_fast_fallback+0x124>
ffffffff81129cce:	mov    0x3d8(%rax),%rdx
ffffffff81129cd5:	mov    0x170(%rdx),%esi
ffffffff81129cdb:	mov    %esi,0x5c(%rsp)
ffffffff81129cdf:	testb  $0x1,0x5c(%rsp)
ffffffff81129ce4:	jne    ffffffff8112a342 <gup_fast_fallback+0x77c>
ffffffff81129cea:	pushf
ffffffff81129ceb:	pop    0x90(%rsp)
ffffffff81129cf2:	cli
ffffffff81129cf3:	mov    0x3ea453(%rip),%ecx        # ffffffff8151414c <__pi_pgdir_shift>
ffffffff81129cf9:	mov    0x3d8(%rax),%rdx
ffffffff81129d00:	mov    0x40(%rsp),%rax
ffffffff81129d05:	mov    0x40(%rsp),%rbx
ffffffff81129d0a:	mov    0x68(%rdx),%rdx
ffffffff81129d0e:	shr    %cl,%rax
ffffffff81129d11:	and    $0x1ff,%eax
ffffffff81129d16:	lea    (%rdx,%rax,8),%rax
ffffffff81129d1a:	mov    %rax,0x70(%rsp)
ffffffff81129d1f:	mov    0x20(%rsp),%al
ffffffff81129d23:	and    $0x1,%eax
ffffffff81129d26:	cmp    $0x1,%al
ffffffff81129d28:	mov    %al,0x87(%rsp)
ffffffff81129d2f:	sbb    %rax,%rax
ffffffff81129d32:	xor    %edx,%edx
ffffffff81129d34:	mov    %rax,0x28(%rsp)
ffffffff81129d39:	andq   $0xfffffffffffffffe,0x28(%rsp)
ffffffff81129d3f:	addq   $0x7,0x28(%rsp)
ffffffff81129d45:	mov    %edx,0x24(%rsp)
ffffffff81129d49:	mov    0x70(%rsp),%rax
ffffffff81129d4e:	mov    0x3ea3f8(%rip),%ecx        # ffffffff8151414c <__pi_pgdir_shift>
ffffffff81129d54:	mov    (%rax),%rdx
ffffffff81129d57:	mov    $0x1,%eax
ffffffff81129d5c:	shl    %cl,%rax
ffffffff81129d5f:	lea    (%rax,%rbx,1),%rcx
ffffffff81129d63:	neg    %rax
ffffffff81129d66:	mov    %rdx,%rdi
ffffffff81129d69:	and    %rax,%rcx
ffffffff81129d6c:	mov    0x38(%rsp),%rax
ffffffff81129d71:	mov    %rcx,0x10(%rsp)
ffffffff81129d76:	lea    -0x1(%rcx),%rcx
ffffffff81129d7a:	dec    %rax
ffffffff81129d7d:	cmp    %rax,%rcx
ffffffff81129d80:	mov    0x10(%rsp),%rax
ffffffff81129d85:	cmovae 0x38(%rsp),%rax
ffffffff81129d8b:	mov    %rax,0x10(%rsp)
ffffffff81129d90:	call   ffffffff81127420 <pgd_none>
ffffffff81129d95:	test   %eax,%eax
ffffffff81129d97:	jne    ffffffff8112a2bf <gup_fast_fallback+0x6f9>
ffffffff81129d9d:	mov    %rbx,%rsi
ffffffff81129da0:	lea    0xa0(%rsp),%rdi
ffffffff81129da8:	mov    %rdx,0xa0(%rsp)
ffffffff81129db0:	call   ffffffff81127b27 <p4d_offset>
ffffffff81129db5:	mov    %rax,0x78(%rsp)
ffffffff81129dba:	mov    $0x1,%esi
ffffffff81129dbf:	mov    0x78(%rsp),%rax
ffffffff81129dc4:	mov    $0x1ffffff,%edx
ffffffff81129dc9:	shl    $0x27,%rsi
ffffffff81129dcd:	shl    $0x27,%rdx
ffffffff81129dd1:	lea    (%rbx,%rsi,1),%rcx
ffffffff81129dd5:	mov    0x10(%rsp),%rsi
ffffffff81129dda:	mov    (%rax),%rax
ffffffff81129ddd:	and    %rdx,%rcx
ffffffff81129de0:	mov    %rcx,0x18(%rsp)
ffffffff81129de5:	lea    -0x1(%rsi),%rdx
ffffffff81129de9:	dec    %rcx
ffffffff81129dec:	mov    0x18(%rsp),%rsi
ffffffff81129df1:	cmp    %rdx,%rcx
ffffffff81129df4:	mov    %eax,%ecx
ffffffff81129df6:	cmovae 0x10(%rsp),%rsi
ffffffff81129dfc:	and    $0x1,%ecx
ffffffff81129dff:	mov    %rsi,0x18(%rsp)
ffffffff81129e04:	mov    %ecx,0x8c(%rsp)
ffffffff81129e0b:	je     ffffffff8112a2bf <gup_fast_fallback+0x6f9>
ffffffff81129e11:	movabs $0xffffffffff000,%rsi
ffffffff81129e1b:	mov    %rbx,%rdx
ffffffff81129e1e:	shr    $0x1b,%rdx
ffffffff81129e22:	and    %rsi,%rax
ffffffff81129e25:	add    0x3ea314(%rip),%rax        # ffffffff81514140 <page_offset_base>
ffffffff81129e2c:	and    $0xff8,%edx
ffffffff81129e32:	add    %rdx,%rax
ffffffff81129e35:	mov    %rax,0x60(%rsp)
ffffffff81129e3a:	mov    0x60(%rsp),%rax
ffffffff81129e3f:	mov    (%rax),%rbp
ffffffff81129e42:	lea    0x40000000(%rbx),%rax
ffffffff81129e49:	and    $0xffffffffc0000000,%rax
ffffffff81129e4f:	mov    %rax,0x8(%rsp)
ffffffff81129e54:	lea    -0x1(%rax),%rdx
ffffffff81129e58:	mov    0x18(%rsp),%rax
ffffffff81129e5d:	mov    %rbp,%rdi
ffffffff81129e60:	dec    %rax
ffffffff81129e63:	cmp    %rax,%rdx
ffffffff81129e66:	mov    0x8(%rsp),%rax
ffffffff81129e6b:	cmovae 0x18(%rsp),%rax
ffffffff81129e71:	mov    %rax,0x8(%rsp)
ffffffff81129e76:	call   ffffffff81127345 <pud_flags>
ffffffff81129e7b:	test   $0x1,%al
ffffffff81129e7d:	je     ffffffff8112a2bf <gup_fast_fallback+0x6f9>
ffffffff81129e83:	test   $0x80,%bpl
ffffffff81129e87:	je     ffffffff81129f98 <gup_fast_fallback+0x3d2>
ffffffff81129e8d:	cmpb   $0x1,0x87(%rsp)
ffffffff81129e95:	mov    %rbp,%rdx
ffffffff81129e98:	sbb    %rax,%rax
ffffffff81129e9b:	and    $0xfffffffffffffffe,%rax
ffffffff81129e9f:	add    $0x7,%rax
ffffffff81129ea3:	and    %rax,%rdx
ffffffff81129ea6:	cmp    %rdx,%rax
ffffffff81129ea9:	jne    ffffffff8112a2bf <gup_fast_fallback+0x6f9>
ffffffff81129eaf:	call   ffffffff81127345 <pud_flags>
ffffffff81129eb4:	and    $0x200,%eax
ffffffff81129eb9:	mov    %rax,%r13
ffffffff81129ebc:	jne    ffffffff8112a2bf <gup_fast_fallback+0x6f9>
ffffffff81129ec2:	mov    0x8(%rsp),%r12
ffffffff81129ec7:	mov    $0x3fffff,%edx
ffffffff81129ecc:	call   ffffffff811273e2 <protnone_mask>
ffffffff81129ed1:	shl    $0x12,%rdx
ffffffff81129ed5:	xor    %rbp,%rax
ffffffff81129ed8:	sub    %rbx,%r12
ffffffff81129edb:	shr    $0xc,%rbx
ffffffff81129edf:	shr    $0xc,%rax
ffffffff81129ee3:	and    $0x3ffff,%ebx
ffffffff81129ee9:	shr    $0xc,%r12
ffffffff81129eed:	and    %rdx,%rax
ffffffff81129ef0:	mov    0x20(%rsp),%edx
ffffffff81129ef4:	mov    %r12d,%esi
ffffffff81129ef7:	mov    %r12d,%r15d
ffffffff81129efa:	or     %rax,%rbx
ffffffff81129efd:	shl    $0x6,%rbx
ffffffff81129f01:	add    0x3ea228(%rip),%rbx        # ffffffff81514130 <vmemmap_base>
ffffffff81129f08:	mov    %rbx,%rdi
ffffffff81129f0b:	call   ffffffff811280f0 <try_grab_folio_fast>
ffffffff81129f10:	mov    %rax,%r14
ffffffff81129f13:	test   %rax,%rax
ffffffff81129f16:	je     ffffffff8112a2bf <gup_fast_fallback+0x6f9>
ffffffff81129f1c:	mov    0x60(%rsp),%rax
ffffffff81129f21:	mov    (%rax),%rax
ffffffff81129f24:	cmp    %rax,%rbp
ffffffff81129f27:	jne    ffffffff81129f57 <gup_fast_fallback+0x391>
ffffffff81129f29:	mov    0x20(%rsp),%esi
ffffffff81129f2d:	mov    %r14,%rdi
ffffffff81129f30:	call   ffffffff81127a45 <gup_fast_folio_allowed>
ffffffff81129f35:	test   %al,%al
ffffffff81129f37:	je     ffffffff81129f57 <gup_fast_fallback+0x391>
ffffffff81129f39:	mov    %rbp,%rdi
ffffffff81129f3c:	call   ffffffff81127345 <pud_flags>
ffffffff81129f41:	test   $0x2,%al
ffffffff81129f43:	jne    ffffffff81129f66 <gup_fast_fallback+0x3a0>
ffffffff81129f45:	mov    0x20(%rsp),%esi
ffffffff81129f49:	xor    %edi,%edi
ffffffff81129f4b:	mov    %r14,%rdx
ffffffff81129f4e:	call   ffffffff8112788d <gup_must_unshare>
ffffffff81129f53:	test   %al,%al
ffffffff81129f55:	je     ffffffff81129f66 <gup_fast_fallback+0x3a0>
ffffffff81129f57:	mov    0x20(%rsp),%edx
ffffffff81129f5b:	mov    %r15d,%esi
ffffffff81129f5e:	mov    %r14,%rdi
ffffffff81129f61:	jmp    ffffffff8112a0d5 <gup_fast_fallback+0x50f>
ffffffff81129f66:	movslq 0x24(%rsp),%rax
ffffffff81129f6b:	mov    0x30(%rsp),%rcx
ffffffff81129f70:	add    %r12d,0x24(%rsp)
ffffffff81129f75:	mov    %r12d,%r12d
ffffffff81129f78:	lea    (%rcx,%rax,8),%rax
ffffffff81129f7c:	cmp    %r12,%r13
ffffffff81129f7f:	je     ffffffff81129f8e <gup_fast_fallback+0x3c8>
ffffffff81129f81:	mov    %rbx,(%rax,%r13,8)
ffffffff81129f85:	inc    %r13
ffffffff81129f88:	add    $0x40,%rbx
ffffffff81129f8c:	jmp    ffffffff81129f7c <gup_fast_fallback+0x3b6>
ffffffff81129f8e:	lock orb $0x4,(%r14)
ffffffff81129f93:	jmp    ffffffff8112a26b <gup_fast_fallback+0x6a5>
ffffffff81129f98:	movabs $0xffffffffff000,%rax
ffffffff81129fa2:	and    %rax,%rbp
ffffffff81129fa5:	mov    %rbx,%rax
ffffffff81129fa8:	add    0x3ea191(%rip),%rbp        # ffffffff81514140 <page_offset_base>
ffffffff81129faf:	shr    $0x12,%rax
ffffffff81129fb3:	and    $0xff8,%eax
ffffffff81129fb8:	add    %rbp,%rax
ffffffff81129fbb:	mov    %rax,0x50(%rsp)
ffffffff81129fc0:	mov    0x50(%rsp),%rax
ffffffff81129fc5:	lea    0x200000(%rbx),%r12
ffffffff81129fcc:	and    $0xffffffffffe00000,%r12
ffffffff81129fd3:	mov    (%rax),%rbp
ffffffff81129fd6:	mov    0x8(%rsp),%rax
ffffffff81129fdb:	lea    -0x1(%r12),%rdx
ffffffff81129fe0:	dec    %rax
ffffffff81129fe3:	mov    %rbp,%rdi
ffffffff81129fe6:	cmp    %rax,%rdx
ffffffff81129fe9:	cmovae 0x8(%rsp),%r12
ffffffff81129fef:	call   ffffffff81127368 <pmd_flags>
ffffffff81129ff4:	test   $0x181,%eax
ffffffff81129ff9:	je     ffffffff8112a2bf <gup_fast_fallback+0x6f9>
ffffffff81129fff:	call   ffffffff81127368 <pmd_flags>
ffffffff8112a004:	test   $0x80,%al
ffffffff8112a006:	je     ffffffff8112a111 <gup_fast_fallback+0x54b>
ffffffff8112a00c:	call   ffffffff81127368 <pmd_flags>
ffffffff8112a011:	and    $0x101,%eax
ffffffff8112a016:	cmp    $0x100,%rax
ffffffff8112a01c:	je     ffffffff8112a2bf <gup_fast_fallback+0x6f9>
ffffffff8112a022:	mov    0x28(%rsp),%rax
ffffffff8112a027:	and    %rbp,%rax
ffffffff8112a02a:	cmp    %rax,0x28(%rsp)
ffffffff8112a02f:	jne    ffffffff8112a2bf <gup_fast_fallback+0x6f9>
ffffffff8112a035:	call   ffffffff81127368 <pmd_flags>
ffffffff8112a03a:	and    $0x200,%eax
ffffffff8112a03f:	mov    %rax,%r13
ffffffff8112a042:	jne    ffffffff8112a2bf <gup_fast_fallback+0x6f9>
ffffffff8112a048:	mov    %r12,%r14
ffffffff8112a04b:	sub    %rbx,%r14
ffffffff8112a04e:	shr    $0xc,%rbx
ffffffff8112a052:	shr    $0xc,%r14
ffffffff8112a056:	and    $0x1ff,%ebx
ffffffff8112a05c:	mov    %r14d,0x58(%rsp)
ffffffff8112a061:	mov    %r14d,%esi
ffffffff8112a064:	call   ffffffff811273f1 <pmd_pfn>
ffffffff8112a069:	mov    0x20(%rsp),%edx
ffffffff8112a06d:	add    %rax,%rbx
ffffffff8112a070:	shl    $0x6,%rbx
ffffffff8112a074:	add    0x3ea0b5(%rip),%rbx        # ffffffff81514130 <vmemmap_base>
ffffffff8112a07b:	mov    %rbx,%rdi
ffffffff8112a07e:	call   ffffffff811280f0 <try_grab_folio_fast>
ffffffff8112a083:	mov    %rax,%r15
ffffffff8112a086:	test   %rax,%rax
ffffffff8112a089:	je     ffffffff8112a2bf <gup_fast_fallback+0x6f9>
ffffffff8112a08f:	mov    0x50(%rsp),%rax
ffffffff8112a094:	mov    (%rax),%rax
ffffffff8112a097:	cmp    %rax,%rbp
ffffffff8112a09a:	jne    ffffffff8112a0ca <gup_fast_fallback+0x504>
ffffffff8112a09c:	mov    0x20(%rsp),%esi
ffffffff8112a0a0:	mov    %r15,%rdi
ffffffff8112a0a3:	call   ffffffff81127a45 <gup_fast_folio_allowed>
ffffffff8112a0a8:	test   %al,%al
ffffffff8112a0aa:	je     ffffffff8112a0ca <gup_fast_fallback+0x504>
ffffffff8112a0ac:	mov    %rbp,%rdi
ffffffff8112a0af:	call   ffffffff811273b9 <pmd_write>
ffffffff8112a0b4:	test   %eax,%eax
ffffffff8112a0b6:	jne    ffffffff8112a0df <gup_fast_fallback+0x519>
ffffffff8112a0b8:	mov    0x20(%rsp),%esi
ffffffff8112a0bc:	xor    %edi,%edi
ffffffff8112a0be:	mov    %r15,%rdx
ffffffff8112a0c1:	call   ffffffff8112788d <gup_must_unshare>
ffffffff8112a0c6:	test   %al,%al
ffffffff8112a0c8:	je     ffffffff8112a0df <gup_fast_fallback+0x519>
ffffffff8112a0ca:	mov    0x20(%rsp),%edx
ffffffff8112a0ce:	mov    0x58(%rsp),%esi
ffffffff8112a0d2:	mov    %r15,%rdi
ffffffff8112a0d5:	call   ffffffff811275a3 <gup_put_folio>
ffffffff8112a0da:	jmp    ffffffff8112a2bf <gup_fast_fallback+0x6f9>
ffffffff8112a0df:	movslq 0x24(%rsp),%rax
ffffffff8112a0e4:	mov    0x30(%rsp),%rdi
ffffffff8112a0e9:	add    %r14d,0x24(%rsp)
ffffffff8112a0ee:	mov    %r14d,%r14d
ffffffff8112a0f1:	lea    (%rdi,%rax,8),%rax
ffffffff8112a0f5:	cmp    %r13,%r14
ffffffff8112a0f8:	je     ffffffff8112a107 <gup_fast_fallback+0x541>
ffffffff8112a0fa:	mov    %rbx,(%rax,%r13,8)
ffffffff8112a0fe:	inc    %r13
ffffffff8112a101:	add    $0x40,%rbx
ffffffff8112a105:	jmp    ffffffff8112a0f5 <gup_fast_fallback+0x52f>
ffffffff8112a107:	lock orb $0x4,(%r15)
ffffffff8112a10c:	jmp    ffffffff8112a256 <gup_fast_fallback+0x690>
ffffffff8112a111:	xor    %edx,%edx
ffffffff8112a113:	mov    %rbx,%rsi
ffffffff8112a116:	lea    0xa8(%rsp),%rdi
ffffffff8112a11e:	mov    %rbp,0xa8(%rsp)
ffffffff8112a126:	call   ffffffff8113e6b2 <__pte_offset_map>
ffffffff8112a12b:	mov    %rax,%r14
ffffffff8112a12e:	test   %rax,%rax
ffffffff8112a131:	je     ffffffff8112a2bf <gup_fast_fallback+0x6f9>
ffffffff8112a137:	mov    (%r14),%r15
ffffffff8112a13a:	mov    %r15,%rax
ffffffff8112a13d:	and    $0x101,%eax
ffffffff8112a142:	cmp    $0x100,%rax
ffffffff8112a148:	je     ffffffff8112a24b <gup_fast_fallback+0x685>
ffffffff8112a14e:	mov    0x28(%rsp),%rax
ffffffff8112a153:	and    %r15,%rax
ffffffff8112a156:	cmp    %rax,0x28(%rsp)
ffffffff8112a15b:	jne    ffffffff8112a24b <gup_fast_fallback+0x685>
ffffffff8112a161:	bt     $0x9,%r15d
ffffffff8112a166:	jb     ffffffff8112a24b <gup_fast_fallback+0x685>
ffffffff8112a16c:	mov    %r15,%rdi
ffffffff8112a16f:	mov    $0x1,%esi
ffffffff8112a174:	call   ffffffff811273e2 <protnone_mask>
ffffffff8112a179:	mov    0x20(%rsp),%edx
ffffffff8112a17d:	xor    %r15,%rax
ffffffff8112a180:	mov    %rax,%rbp
ffffffff8112a183:	movabs $0xffffffffff,%rax
ffffffff8112a18d:	shr    $0xc,%rbp
ffffffff8112a191:	and    %rax,%rbp
ffffffff8112a194:	shl    $0x6,%rbp
ffffffff8112a198:	add    0x3e9f91(%rip),%rbp        # ffffffff81514130 <vmemmap_base>
ffffffff8112a19f:	mov    %rbp,%rdi
ffffffff8112a1a2:	call   ffffffff811280f0 <try_grab_folio_fast>
ffffffff8112a1a7:	mov    %rax,%r13
ffffffff8112a1aa:	test   %rax,%rax
ffffffff8112a1ad:	je     ffffffff8112a24b <gup_fast_fallback+0x685>
ffffffff8112a1b3:	mov    0x50(%rsp),%rax
ffffffff8112a1b8:	mov    (%rax),%rax
ffffffff8112a1bb:	cmp    %rax,0xa8(%rsp)
ffffffff8112a1c3:	jne    ffffffff8112a1fb <gup_fast_fallback+0x635>
ffffffff8112a1c5:	mov    (%r14),%rax
ffffffff8112a1c8:	cmp    %rax,%r15
ffffffff8112a1cb:	jne    ffffffff8112a1fb <gup_fast_fallback+0x635>
ffffffff8112a1cd:	mov    0x20(%rsp),%esi
ffffffff8112a1d1:	mov    %r13,%rdi
ffffffff8112a1d4:	call   ffffffff81127a45 <gup_fast_folio_allowed>
ffffffff8112a1d9:	test   %al,%al
ffffffff8112a1db:	je     ffffffff8112a1fb <gup_fast_fallback+0x635>
ffffffff8112a1dd:	mov    %r15,%rdi
ffffffff8112a1e0:	call   ffffffff81127399 <pte_write>
ffffffff8112a1e5:	test   %eax,%eax
ffffffff8112a1e7:	jne    ffffffff8112a216 <gup_fast_fallback+0x650>
ffffffff8112a1e9:	mov    0x20(%rsp),%esi
ffffffff8112a1ed:	xor    %edi,%edi
ffffffff8112a1ef:	mov    %rbp,%rdx
ffffffff8112a1f2:	call   ffffffff8112788d <gup_must_unshare>
ffffffff8112a1f7:	test   %al,%al
ffffffff8112a1f9:	je     ffffffff8112a216 <gup_fast_fallback+0x650>
ffffffff8112a1fb:	mov    0x20(%rsp),%edx
ffffffff8112a1ff:	mov    $0x1,%esi
ffffffff8112a204:	mov    %r13,%rdi
ffffffff8112a207:	call   ffffffff811275a3 <gup_put_folio>
ffffffff8112a20c:	call   ffffffff811274dc <__rcu_read_unlock>
ffffffff8112a211:	jmp    ffffffff8112a2bf <gup_fast_fallback+0x6f9>
ffffffff8112a216:	lock orb $0x4,0x0(%r13)
ffffffff8112a21c:	movslq 0x24(%rsp),%rax
ffffffff8112a221:	mov    0x30(%rsp),%rsi
ffffffff8112a226:	add    $0x1000,%rbx
ffffffff8112a22d:	add    $0x8,%r14
ffffffff8112a231:	incl   0x24(%rsp)
ffffffff8112a235:	mov    %rbp,(%rsi,%rax,8)
ffffffff8112a239:	cmp    %rbx,%r12
ffffffff8112a23c:	jne    ffffffff8112a137 <gup_fast_fallback+0x571>
ffffffff8112a242:	mov    0x8c(%rsp),%eax
ffffffff8112a249:	jmp    ffffffff8112a24d <gup_fast_fallback+0x687>
ffffffff8112a24b:	xor    %eax,%eax
ffffffff8112a24d:	call   ffffffff811274dc <__rcu_read_unlock>
ffffffff8112a252:	test   %eax,%eax
ffffffff8112a254:	je     ffffffff8112a2bf <gup_fast_fallback+0x6f9>
ffffffff8112a256:	addq   $0x8,0x50(%rsp)
ffffffff8112a25c:	cmp    %r12,0x8(%rsp)
ffffffff8112a261:	je     ffffffff8112a26b <gup_fast_fallback+0x6a5>
ffffffff8112a263:	mov    %r12,%rbx
ffffffff8112a266:	jmp    ffffffff81129fc0 <gup_fast_fallback+0x3fa>
ffffffff8112a26b:	addq   $0x8,0x60(%rsp)
ffffffff8112a271:	mov    0x8(%rsp),%rbx
ffffffff8112a276:	cmp    %rbx,0x18(%rsp)
ffffffff8112a27b:	je     ffffffff8112a287 <gup_fast_fallback+0x6c1>
ffffffff8112a27d:	mov    0x8(%rsp),%rbx
ffffffff8112a282:	jmp    ffffffff81129e3a <gup_fast_fallback+0x274>
ffffffff8112a287:	addq   $0x8,0x78(%rsp)
ffffffff8112a28d:	mov    0x18(%rsp),%rbx
ffffffff8112a292:	cmp    %rbx,0x10(%rsp)
ffffffff8112a297:	je     ffffffff8112a2a3 <gup_fast_fallback+0x6dd>
ffffffff8112a299:	mov    0x18(%rsp),%rbx
ffffffff8112a29e:	jmp    ffffffff81129dba <gup_fast_fallback+0x1f4>
ffffffff8112a2a3:	addq   $0x8,0x70(%rsp)
ffffffff8112a2a9:	mov    0x10(%rsp),%rbx
ffffffff8112a2ae:	cmp    %rbx,0x38(%rsp)
ffffffff8112a2b3:	je     ffffffff8112a2bf <gup_fast_fallback+0x6f9>
ffffffff8112a2b5:	mov    0x10(%rsp),%rbx
ffffffff8112a2ba:	jmp    ffffffff81129d49 <gup_fast_fallback+0x183>
ffffffff8112a2bf:	btl    $0x9,0x90(%rsp)
ffffffff8112a2c8:	jae    ffffffff8112a2cb <gup_fast_fallback+0x705>
ffffffff8112a2ca:	sti
ffffffff8112a2cb:	cmpl   $0x0,0x80(%rsp)
ffffffff8112a2d3:	movslq 0x24(%rsp),%rbp
ffffffff8112a2d8:	je     ffffffff8112a33e <gup_fast_fallback+0x778>
ffffffff8112a2da:	mov    %gs:0x6bdd36(%rip),%rax        # ffffffff817e8018 <current_task>
ffffffff8112a2e2:	mov    0x3d8(%rax),%rax
ffffffff8112a2e9:	mov    0x170(%rax),%eax
ffffffff8112a2ef:	mov    0x5c(%rsp),%ecx
ffffffff8112a2f3:	cmp    %ecx,%eax
ffffffff8112a2f5:	je     ffffffff8112a33e <gup_fast_fallback+0x778>
ffffffff8112a2f7:	xor    %eax,%eax
ffffffff8112a2f9:	mov    %eax,0xa8(%rsp)
ffffffff8112a300:	cmp    %rbp,0x48(%rsp)
ffffffff8112a305:	jae    ffffffff8112a342 <gup_fast_fallback+0x77c>
ffffffff8112a307:	mov    0x48(%rsp),%rdx
ffffffff8112a30c:	mov    0x30(%rsp),%rdi
ffffffff8112a311:	lea    0xa8(%rsp),%rcx
ffffffff8112a319:	mov    %rbp,%rsi
ffffffff8112a31c:	call   ffffffff81127480 <gup_folio_next>
ffffffff8112a321:	mov    0xa8(%rsp),%ebx
ffffffff8112a328:	mov    $0x80000,%edx
ffffffff8112a32d:	mov    %rax,%rdi
ffffffff8112a330:	mov    %ebx,%esi
ffffffff8112a332:	call   ffffffff811275a3 <gup_put_folio>
ffffffff8112a337:	add    %rbx,0x48(%rsp)
ffffffff8112a33c:	jmp    ffffffff8112a300 <gup_fast_fallback+0x73a>
ffffffff8112a33e:	mov    %rbp,(%rsp)
ffffffff8112a342:	cmpl   $0x0,0x88(%rsp)
ffffffff8112a34a:	jne    ffffffff8112a357 <gup_fast_fallback+0x791>
ffffffff8112a34c:	mov    (%rsp),%rsi
ffffffff8112a350:	cmp    %rsi,0x68(%rsp)
ffffffff8112a355:	jne    ffffffff8112a35c <gup_fast_fallback+0x796>
ffffffff8112a357:	mov    (%rsp),%eax
ffffffff8112a35a:	jmp    ffffffff8112a3bf <gup_fast_fallback+0x7f9>
ffffffff8112a35c:	mov    (%rsp),%rdi
ffffffff8112a360:	mov    0x30(%rsp),%rax
ffffffff8112a365:	lea    0x9c(%rsp),%r8
ffffffff8112a36d:	mov    0x68(%rsp),%rdx
ffffffff8112a372:	mov    0x20(%rsp),%r9d
ffffffff8112a377:	lea    (%rax,%rdi,8),%rcx
ffffffff8112a37b:	mov    %rdi,%rsi
ffffffff8112a37e:	mov    0x40(%rsp),%rax
ffffffff8112a383:	shl    $0xc,%rsi
ffffffff8112a387:	sub    %rdi,%rdx
ffffffff8112a38a:	or     $0x210000,%r9d
ffffffff8112a391:	add    %rax,%rsi
ffffffff8112a394:	mov    %gs:0x6bdc7c(%rip),%rax        # ffffffff817e8018 <current_task>
ffffffff8112a39c:	mov    0x3d8(%rax),%rdi
ffffffff8112a3a3:	call   ffffffff8112969e <__gup_longterm_locked>
ffffffff8112a3a8:	mov    %rax,%rdx
ffffffff8112a3ab:	test   %eax,%eax
ffffffff8112a3ad:	jns    ffffffff8112a3ba <gup_fast_fallback+0x7f4>
ffffffff8112a3af:	cmpq   $0x0,(%rsp)
ffffffff8112a3b4:	cmovne (%rsp),%eax
ffffffff8112a3b8:	jmp    ffffffff8112a3bf <gup_fast_fallback+0x7f9>
ffffffff8112a3ba:	mov    (%rsp),%eax
ffffffff8112a3bd:	add    %edx,%eax
ffffffff8112a3bf:	add    $0xb0,%rsp
ffffffff8112a3c6:	pop    %rbx
ffffffff8112a3c7:	pop    %rbp
ffffffff8112a3c8:	pop    %r12
ffffffff8112a3ca:	pop    %r13
ffffffff8112a3cc:	pop    %r14
ffffffff8112a3ce:	pop    %r15
ffffffff8112a3d0:	ret

Disassembly of section .init.text:

Disassembly of section .altinstr_aux:

Disassembly of section .altinstr_replacement:

Disassembly of section .exit.text:

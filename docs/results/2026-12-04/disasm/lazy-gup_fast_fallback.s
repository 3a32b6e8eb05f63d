
/work/main/build/lazy/obj-eval/vmlinux:     file format elf64-x86-64


Disassembly of section .text:

ffffffff81129bf8 <gup_fast_fallback>:
ffffffff81129bf8:	push   %r15
ffffffff81129bfa:	push   %r14
ffffffff81129bfc:	push   %r13
ffffffff81129bfe:	push   %r12
ffffffff81129c00:	push   %rbp
ffffffff81129c01:	push   %rbx
ffffffff81129c02:	sub    $0xb0,%rsp
ffffffff81129c09:	mov    %rsi,0x68(%rsp)
ffffffff81129c0e:	xor    %esi,%esi
ffffffff81129c10:	mov    %edx,0x20(%rsp)
ffffffff81129c14:	and    $0xffe7ead4,%edx
ffffffff81129c1a:	mov    %rcx,0x30(%rsp)
ffffffff81129c1f:	mov    %esi,0x9c(%rsp)
ffffffff81129c26:	je     ffffffff81129c34 <gup_fast_fallback+0x3c>
ffffffff81129c28:	ud2
ffffffff81129c2a:	mov    $0xffffffea,%eax
ffffffff81129c2f:	jmp    ffffffff8112a407 <gup_fast_fallback+0x80f>
ffffffff81129c34:	mov    0x20(%rsp),%eax
ffffffff81129c38:	mov    %rdi,%r8
ffffffff81129c3b:	and    $0x80000,%eax
ffffffff81129c40:	mov    %eax,0x80(%rsp)
ffffffff81129c47:	je     ffffffff81129c5d <gup_fast_fallback+0x65>
ffffffff81129c49:	mov    %gs:0x6be3c7(%rip),%rax        # ffffffff817e8018 <current_task>
ffffffff81129c51:	mov    0x3d8(%rax),%rdi
ffffffff81129c58:	call   ffffffff81127abc <mm_set_has_pinned_flag>
ffffffff81129c5d:	mov    0x68(%rsp),%rdx
ffffffff81129c62:	and    $0xfffffffffffff000,%r8
ffffffff81129c69:	mov    0x20(%rsp),%eax
ffffffff81129c6d:	mov    %r8,%rcx
ffffffff81129c70:	mov    %r8,0x40(%rsp)
ffffffff81129c75:	shl    $0xc,%rdx
ffffffff81129c79:	and    $0x100000,%eax
ffffffff81129c7e:	add    %rdx,%rcx
ffffffff81129c81:	mov    %eax,0x88(%rsp)
ffffffff81129c88:	mov    $0xffffffb5,%eax
ffffffff81129c8d:	mov    %rcx,0x38(%rsp)
ffffffff81129c92:	setb   %cl
ffffffff81129c95:	movzbl %cl,%ecx
ffffffff81129c98:	mov    %rcx,(%rsp)
ffffffff81129c9c:	jb     ffffffff8112a407 <gup_fast_fallback+0x80f>
ffffffff81129ca2:	movabs $0x7ffffffff000,%rdx
ffffffff81129cac:	mov    0x38(%rsp),%rcx
ffffffff81129cb1:	mov    $0xfffffff2,%eax
ffffffff81129cb6:	cmp    %rcx,%rdx
ffffffff81129cb9:	jb     ffffffff8112a407 <gup_fast_fallback+0x80f>
ffffffff81129cbf:	mov    %gs:0x6be351(%rip),%rsi        # ffffffff817e8018 <current_task>
ffffffff81129cc7:	mov    0x3d8(%rsi),%rdx
ffffffff81129cce:	jmp    ffffffff8175685f <_einittext+0xfd2>
ffffffff81129cd3:	mov    $0x38,%ecx
ffffffff81129cd8:	jmp    ffffffff81129cdf <gup_fast_fallback+0xe7>
ffffffff81129cda:	mov    $0x2f,%ecx
ffffffff81129cdf:	mov    0x38(%rsp),%rax
ffffffff81129ce4:	shr    %cl,%rax
ffffffff81129ce7:	mov    %rax,0x48(%rsp)
ffffffff81129cec:	test   %rax,%rax
ffffffff81129cef:	jne    ffffffff8112a38d <gup_fast_fallback+0x795>
ffffffff81129cf5:	cmpl   $0x0,0x80(%rsp)
ffffffff81129cfd:	jne    ffffffff81129d07 <gup_fast_fallback+0x10f>
ffffffff81129cff:	xor    %ecx,%ecx
ffffffff81129d01:	mov    %ecx,0x5c(%rsp)
ffffffff81129d05:	jmp    ffffffff81129d1c <gup_fast_fallback+0x124>
ffffffff81129d07:	mov    0x170(%rdx),%eax
ffffffff81129d0d:	mov    %eax,0x5c(%rsp)
ffffffff81129d11:	testb  $0x1,0x5c(%rsp)
ffffffff81129d16:	jne    ffffffff8112a38d <gup_fast_fallback+0x795>
ffffffff81129d1c:	pushf
ffffffff81129d1d:	pop    0x90(%rsp)
ffffffff81129d24:	cli
ffffffff81129d25:	mov    0x3f447d(%rip),%eax        # ffffffff8151e1a8 <mm_lockless_walkers_offset>
ffffffff81129d2b:	add    %rdx,%rax
ffffffff81129d2e:	mov    %gs:0x6be2fb(%rip),%edx        # ffffffff817e8030 <cpu_number>
ffffffff81129d35:	bt     %rdx,(%rax)
ffffffff81129d39:	jb     ffffffff81129d40 <gup_fast_fallback+0x148>
ffffffff81129d3b:	lock bts %rdx,(%rax)
ffffffff81129d40:	mov    0x3d8(%rsi),%rdx
ffffffff81129d47:	mov    0x3eb3ff(%rip),%ecx        # ffffffff8151514c <__pi_pgdir_shift>
ffffffff81129d4d:	mov    0x40(%rsp),%rax
ffffffff81129d52:	mov    0x40(%rsp),%rbx
ffffffff81129d57:	mov    0x68(%rdx),%rdx
ffffffff81129d5b:	shr    %cl,%rax
ffffffff81129d5e:	and    $0x1ff,%eax
ffffffff81129d63:	lea    (%rdx,%rax,8),%rax
ffffffff81129d67:	mov    %rax,0x70(%rsp)
ffffffff81129d6c:	mov    0x20(%rsp),%al
ffffffff81129d70:	and    $0x1,%eax
ffffffff81129d73:	cmp    $0x1,%al
ffffffff81129d75:	mov    %al,0x87(%rsp)
ffffffff81129d7c:	sbb    %rax,%rax
ffffffff81129d7f:	xor    %edx,%edx
ffffffff81129d81:	mov    %rax,0x28(%rsp)
ffffffff81129d86:	andq   $0xfffffffffffffffe,0x28(%rsp)
ffffffff81129d8c:	addq   $0x7,0x28(%rsp)
ffffffff81129d92:	mov    %edx,0x24(%rsp)
ffffffff81129d96:	mov    0x70(%rsp),%rax
ffffffff81129d9b:	mov    0x3eb3ab(%rip),%ecx        # ffffffff8151514c <__pi_pgdir_shift>
ffffffff81129da1:	mov    (%rax),%rdx
ffffffff81129da4:	mov    $0x1,%eax
ffffffff81129da9:	shl    %cl,%rax
ffffffff81129dac:	lea    (%rax,%rbx,1),%rcx
ffffffff81129db0:	neg    %rax
ffffffff81129db3:	mov    %rdx,%rdi
ffffffff81129db6:	and    %rax,%rcx
ffffffff81129db9:	mov    0x38(%rsp),%rax
ffffffff81129dbe:	mov    %rcx,0x10(%rsp)
ffffffff81129dc3:	lea    -0x1(%rcx),%rcx
ffffffff81129dc7:	dec    %rax
ffffffff81129dca:	cmp    %rax,%rcx
ffffffff81129dcd:	mov    0x10(%rsp),%rax
ffffffff81129dd2:	cmovae 0x38(%rsp),%rax
ffffffff81129dd8:	mov    %rax,0x10(%rsp)
ffffffff81129ddd:	call   ffffffff81127452 <pgd_none>
ffffffff81129de2:	test   %eax,%eax
ffffffff81129de4:	jne    ffffffff8112a30a <gup_fast_fallback+0x712>
ffffffff81129dea:	mov    %rbx,%rsi
ffffffff81129ded:	lea    0xa0(%rsp),%rdi
ffffffff81129df5:	mov    %rdx,0xa0(%rsp)
ffffffff81129dfd:	call   ffffffff81127b59 <p4d_offset>
ffffffff81129e02:	mov    %rax,0x78(%rsp)
ffffffff81129e07:	mov    $0x1,%esi
ffffffff81129e0c:	mov    $0x1ffffff,%edx
ffffffff81129e11:	mov    0x78(%rsp),%rax
ffffffff81129e16:	shl    $0x27,%rsi
ffffffff81129e1a:	shl    $0x27,%rdx
ffffffff81129e1e:	lea    (%rbx,%rsi,1),%rcx
ffffffff81129e22:	mov    0x10(%rsp),%rsi
ffffffff81129e27:	mov    (%rax),%rax
ffffffff81129e2a:	and    %rdx,%rcx
ffffffff81129e2d:	mov    %rcx,0x18(%rsp)
ffffffff81129e32:	lea    -0x1(%rsi),%rdx
ffffffff81129e36:	dec    %rcx
ffffffff81129e39:	cmp    %rdx,%rcx
ffffffff81129e3c:	mov    0x18(%rsp),%rcx
ffffffff81129e41:	cmovae %rsi,%rcx
ffffffff81129e45:	mov    %eax,%esi
ffffffff81129e47:	and    $0x1,%esi
ffffffff81129e4a:	mov    %rcx,0x18(%rsp)
ffffffff81129e4f:	mov    %esi,0x8c(%rsp)
ffffffff81129e56:	je     ffffffff8112a30a <gup_fast_fallback+0x712>
ffffffff81129e5c:	movabs $0xffffffffff000,%rcx
ffffffff81129e66:	mov    %rbx,%rdx
ffffffff81129e69:	shr    $0x1b,%rdx
ffffffff81129e6d:	and    %rcx,%rax
ffffffff81129e70:	add    0x3eb2c9(%rip),%rax        # ffffffff81515140 <page_offset_base>
ffffffff81129e77:	and    $0xff8,%edx
ffffffff81129e7d:	add    %rdx,%rax
ffffffff81129e80:	mov    %rax,0x60(%rsp)
ffffffff81129e85:	mov    0x60(%rsp),%rax
ffffffff81129e8a:	mov    (%rax),%rbp
ffffffff81129e8d:	lea    0x40000000(%rbx),%rax
ffffffff81129e94:	and    $0xffffffffc0000000,%rax
ffffffff81129e9a:	mov    %rax,0x8(%rsp)
ffffffff81129e9f:	lea    -0x1(%rax),%rdx
ffffffff81129ea3:	mov    0x18(%rsp),%rax
ffffffff81129ea8:	mov    %rbp,%rdi
ffffffff81129eab:	dec    %rax
ffffffff81129eae:	cmp    %rax,%rdx
ffffffff81129eb1:	mov    0x8(%rsp),%rax
ffffffff81129eb6:	cmovae 0x18(%rsp),%rax
ffffffff81129ebc:	mov    %rax,0x8(%rsp)
ffffffff81129ec1:	call   ffffffff81127377 <pud_flags>
ffffffff81129ec6:	test   $0x1,%al
ffffffff81129ec8:	je     ffffffff8112a30a <gup_fast_fallback+0x712>
ffffffff81129ece:	test   $0x80,%bpl
ffffffff81129ed2:	je     ffffffff81129fe3 <gup_fast_fallback+0x3eb>
ffffffff81129ed8:	cmpb   $0x1,0x87(%rsp)
ffffffff81129ee0:	mov    %rbp,%rdx
ffffffff81129ee3:	sbb    %rax,%rax
ffffffff81129ee6:	and    $0xfffffffffffffffe,%rax
ffffffff81129eea:	add    $0x7,%rax
ffffffff81129eee:	and    %rax,%rdx
ffffffff81129ef1:	cmp    %rdx,%rax
ffffffff81129ef4:	jne    ffffffff8112a30a <gup_fast_fallback+0x712>
ffffffff81129efa:	call   ffffffff81127377 <pud_flags>
ffffffff81129eff:	and    $0x200,%eax
ffffffff81129f04:	mov    %rax,%r13
ffffffff81129f07:	jne    ffffffff8112a30a <gup_fast_fallback+0x712>
ffffffff81129f0d:	mov    0x8(%rsp),%r12
ffffffff81129f12:	mov    $0x3fffff,%edx
ffffffff81129f17:	call   ffffffff81127414 <protnone_mask>
ffffffff81129f1c:	shl    $0x12,%rdx
ffffffff81129f20:	xor    %rbp,%rax
ffffffff81129f23:	sub    %rbx,%r12
ffffffff81129f26:	shr    $0xc,%rbx
ffffffff81129f2a:	shr    $0xc,%rax
ffffffff81129f2e:	and    $0x3ffff,%ebx
ffffffff81129f34:	shr    $0xc,%r12
ffffffff81129f38:	and    %rdx,%rax
ffffffff81129f3b:	mov    0x20(%rsp),%edx
ffffffff81129f3f:	mov    %r12d,%esi
ffffffff81129f42:	mov    %r12d,%r15d
ffffffff81129f45:	or     %rax,%rbx
ffffffff81129f48:	shl    $0x6,%rbx
ffffffff81129f4c:	add    0x3eb1dd(%rip),%rbx        # ffffffff81515130 <vmemmap_base>
ffffffff81129f53:	mov    %rbx,%rdi
ffffffff81129f56:	call   ffffffff81128122 <try_grab_folio_fast>
ffffffff81129f5b:	mov    %rax,%r14
ffffffff81129f5e:	test   %rax,%rax
ffffffff81129f61:	je     ffffffff8112a30a <gup_fast_fallback+0x712>
ffffffff81129f67:	mov    0x60(%rsp),%rax
ffffffff81129f6c:	mov    (%rax),%rax
ffffffff81129f6f:	cmp    %rax,%rbp
ffffffff81129f72:	jne    ffffffff81129fa2 <gup_fast_fallback+0x3aa>
ffffffff81129f74:	mov    0x20(%rsp),%esi
ffffffff81129f78:	mov    %r14,%rdi
ffffffff81129f7b:	call   ffffffff81127a77 <gup_fast_folio_allowed>
ffffffff81129f80:	test   %al,%al
ffffffff81129f82:	je     ffffffff81129fa2 <gup_fast_fallback+0x3aa>
ffffffff81129f84:	mov    %rbp,%rdi
ffffffff81129f87:	call   ffffffff81127377 <pud_flags>
ffffffff81129f8c:	test   $0x2,%al
ffffffff81129f8e:	jne    ffffffff81129fb1 <gup_fast_fallback+0x3b9>
ffffffff81129f90:	mov    0x20(%rsp),%esi
ffffffff81129f94:	xor    %edi,%edi
ffffffff81129f96:	mov    %r14,%rdx
ffffffff81129f99:	call   ffffffff811278bf <gup_must_unshare>
ffffffff81129f9e:	test   %al,%al
ffffffff81129fa0:	je     ffffffff81129fb1 <gup_fast_fallback+0x3b9>
ffffffff81129fa2:	mov    0x20(%rsp),%edx
ffffffff81129fa6:	mov    %r15d,%esi
ffffffff81129fa9:	mov    %r14,%rdi
ffffffff81129fac:	jmp    ffffffff8112a120 <gup_fast_fallback+0x528>
ffffffff81129fb1:	movslq 0x24(%rsp),%rax
ffffffff81129fb6:	mov    0x30(%rsp),%rsi
ffffffff81129fbb:	add    %r12d,0x24(%rsp)
ffffffff81129fc0:	mov    %r12d,%r12d
ffffffff81129fc3:	lea    (%rsi,%rax,8),%rax
ffffffff81129fc7:	cmp    %r12,%r13
ffffffff81129fca:	je     ffffffff81129fd9 <gup_fast_fallback+0x3e1>
ffffffff81129fcc:	mov    %rbx,(%rax,%r13,8)
ffffffff81129fd0:	inc    %r13
ffffffff81129fd3:	add    $0x40,%rbx
ffffffff81129fd7:	jmp    ffffffff81129fc7 <gup_fast_fallback+0x3cf>
ffffffff81129fd9:	lock orb $0x4,(%r14)
ffffffff81129fde:	jmp    ffffffff8112a2b6 <gup_fast_fallback+0x6be>
ffffffff81129fe3:	movabs $0xffffffffff000,%rax
ffffffff81129fed:	and    %rax,%rbp
ffffffff81129ff0:	mov    %rbx,%rax
ffffffff81129ff3:	add    0x3eb146(%rip),%rbp        # ffffffff81515140 <page_offset_base>
ffffffff81129ffa:	shr    $0x12,%rax
ffffffff81129ffe:	and    $0xff8,%eax
ffffffff8112a003:	add    %rbp,%rax
ffffffff8112a006:	mov    %rax,0x50(%rsp)
ffffffff8112a00b:	mov    0x50(%rsp),%rax
ffffffff8112a010:	lea    0x200000(%rbx),%r12
ffffffff8112a017:	and    $0xffffffffffe00000,%r12
ffffffff8112a01e:	mov    (%rax),%rbp
ffffffff8112a021:	mov    0x8(%rsp),%rax
ffffffff8112a026:	lea    -0x1(%r12),%rdx
ffffffff8112a02b:	dec    %rax
ffffffff8112a02e:	mov    %rbp,%rdi
ffffffff8112a031:	cmp    %rax,%rdx
ffffffff8112a034:	cmovae 0x8(%rsp),%r12
ffffffff8112a03a:	call   ffffffff8112739a <pmd_flags>
ffffffff8112a03f:	test   $0x181,%eax
ffffffff8112a044:	je     ffffffff8112a30a <gup_fast_fallback+0x712>
ffffffff8112a04a:	call   ffffffff8112739a <pmd_flags>
ffffffff8112a04f:	test   $0x80,%al
ffffffff8112a051:	je     ffffffff8112a15c <gup_fast_fallback+0x564>
ffffffff8112a057:	call   ffffffff8112739a <pmd_flags>
ffffffff8112a05c:	and    $0x101,%eax
ffffffff8112a061:	cmp    $0x100,%rax
ffffffff8112a067:	je     ffffffff8112a30a <gup_fast_fallback+0x712>
ffffffff8112a06d:	mov    0x28(%rsp),%rax
ffffffff8112a072:	and    %rbp,%rax
ffffffff8112a075:	cmp    %rax,0x28(%rsp)
ffffffff8112a07a:	jne    ffffffff8112a30a <gup_fast_fallback+0x712>
ffffffff8112a080:	call   ffffffff8112739a <pmd_flags>
ffffffff8112a085:	and    $0x200,%eax
ffffffff8112a08a:	mov    %rax,%r14
ffffffff8112a08d:	jne    ffffffff8112a30a <gup_fast_fallback+0x712>
ffffffff8112a093:	mov    %r12,%r13
ffffffff8112a096:	sub    %rbx,%r13
ffffffff8112a099:	shr    $0xc,%rbx
ffffffff8112a09d:	shr    $0xc,%r13
ffffffff8112a0a1:	and    $0x1ff,%ebx
ffffffff8112a0a7:	mov    %r13d,0x58(%rsp)
ffffffff8112a0ac:	mov    %r13d,%esi
ffffffff8112a0af:	call   ffffffff81127423 <pmd_pfn>
ffffffff8112a0b4:	mov    0x20(%rsp),%edx
ffffffff8112a0b8:	add    %rax,%rbx
ffffffff8112a0bb:	shl    $0x6,%rbx
ffffffff8112a0bf:	add    0x3eb06a(%rip),%rbx        # ffffffff81515130 <vmemmap_base>
ffffffff8112a0c6:	mov    %rbx,%rdi
ffffffff8112a0c9:	call   ffffffff81128122 <try_grab_folio_fast>
ffffffff8112a0ce:	mov    %rax,%r15
ffffffff8112a0d1:	test   %rax,%rax
ffffffff8112a0d4:	je     ffffffff8112a30a <gup_fast_fallback+0x712>
ffffffff8112a0da:	mov    0x50(%rsp),%rax
ffffffff8112a0df:	mov    (%rax),%rax
ffffffff8112a0e2:	cmp    %rax,%rbp
ffffffff8112a0e5:	jne    ffffffff8112a115 <gup_fast_fallback+0x51d>
ffffffff8112a0e7:	mov    0x20(%rsp),%esi
ffffffff8112a0eb:	mov    %r15,%rdi
ffffffff8112a0ee:	call   ffffffff81127a77 <gup_fast_folio_allowed>
ffffffff8112a0f3:	test   %al,%al
ffffffff8112a0f5:	je     ffffffff8112a115 <gup_fast_fallback+0x51d>
ffffffff8112a0f7:	mov    %rbp,%rdi
ffffffff8112a0fa:	call   ffffffff811273eb <pmd_write>
ffffffff8112a0ff:	test   %eax,%eax
ffffffff8112a101:	jne    ffffffff8112a12a <gup_fast_fallback+0x532>
ffffffff8112a103:	mov    0x20(%rsp),%esi
ffffffff8112a107:	xor    %edi,%edi
ffffffff8112a109:	mov    %r15,%rdx
ffffffff8112a10c:	call   ffffffff811278bf <gup_must_unshare>
ffffffff8112a111:	test   %al,%al
ffffffff8112a113:	je     ffffffff8112a12a <gup_fast_fallback+0x532>
ffffffff8112a115:	mov    0x20(%rsp),%edx
ffffffff8112a119:	mov    0x58(%rsp),%esi
ffffffff8112a11d:	mov    %r15,%rdi
ffffffff8112a120:	call   ffffffff811275d5 <gup_put_folio>
ffffffff8112a125:	jmp    ffffffff8112a30a <gup_fast_fallback+0x712>
ffffffff8112a12a:	movslq 0x24(%rsp),%rax
ffffffff8112a12f:	mov    0x30(%rsp),%rcx
ffffffff8112a134:	add    %r13d,0x24(%rsp)
ffffffff8112a139:	mov    %r13d,%r13d
ffffffff8112a13c:	lea    (%rcx,%rax,8),%rax
ffffffff8112a140:	cmp    %r13,%r14
ffffffff8112a143:	je     ffffffff8112a152 <gup_fast_fallback+0x55a>
ffffffff8112a145:	mov    %rbx,(%rax,%r14,8)
ffffffff8112a149:	inc    %r14
ffffffff8112a14c:	add    $0x40,%rbx
ffffffff8112a150:	jmp    ffffffff8112a140 <gup_fast_fallback+0x548>
ffffffff8112a152:	lock orb $0x4,(%r15)
ffffffff8112a157:	jmp    ffffffff8112a2a1 <gup_fast_fallback+0x6a9>
ffffffff8112a15c:	xor    %edx,%edx
ffffffff8112a15e:	mov    %rbx,%rsi
ffffffff8112a161:	lea    0xa8(%rsp),%rdi
ffffffff8112a169:	mov    %rbp,0xa8(%rsp)
ffffffff8112a171:	call   ffffffff8113e747 <__pte_offset_map>
ffffffff8112a176:	mov    %rax,%r14
ffffffff8112a179:	test   %rax,%rax
ffffffff8112a17c:	je     ffffffff8112a30a <gup_fast_fallback+0x712>
ffffffff8112a182:	mov    (%r14),%r15
ffffffff8112a185:	mov    %r15,%rax
ffffffff8112a188:	and    $0x101,%eax
ffffffff8112a18d:	cmp    $0x100,%rax
ffffffff8112a193:	je     ffffffff8112a296 <gup_fast_fallback+0x69e>
ffffffff8112a199:	mov    0x28(%rsp),%rax
ffffffff8112a19e:	and    %r15,%rax
ffffffff8112a1a1:	cmp    %rax,0x28(%rsp)
ffffffff8112a1a6:	jne    ffffffff8112a296 <gup_fast_fallback+0x69e>
ffffffff8112a1ac:	bt     $0x9,%r15d
ffffffff8112a1b1:	jb     ffffffff8112a296 <gup_fast_fallback+0x69e>
ffffffff8112a1b7:	mov    %r15,%rdi
ffffffff8112a1ba:	mov    $0x1,%esi
ffffffff8112a1bf:	call   ffffffff81127414 <protnone_mask>
ffffffff8112a1c4:	mov    0x20(%rsp),%edx
ffffffff8112a1c8:	xor    %r15,%rax
ffffffff8112a1cb:	mov    %rax,%rbp
ffffffff8112a1ce:	movabs $0xffffffffff,%rax
ffffffff8112a1d8:	shr    $0xc,%rbp
ffffffff8112a1dc:	and    %rax,%rbp
ffffffff8112a1df:	shl    $0x6,%rbp
ffffffff8112a1e3:	add    0x3eaf46(%rip),%rbp        # ffffffff81515130 <vmemmap_base>
ffffffff8112a1ea:	mov    %rbp,%rdi
ffffffff8112a1ed:	call   ffffffff81128122 <try_grab_folio_fast>
ffffffff8112a1f2:	mov    %rax,%r13
ffffffff8112a1f5:	test   %rax,%rax
ffffffff8112a1f8:	je     ffffffff8112a296 <gup_fast_fallback+0x69e>
ffffffff8112a1fe:	mov    0x50(%rsp),%rax
ffffffff8112a203:	mov    (%rax),%rax
ffffffff8112a206:	cmp    %rax,0xa8(%rsp)
ffffffff8112a20e:	jne    ffffffff8112a246 <gup_fast_fallback+0x64e>
ffffffff8112a210:	mov    (%r14),%rax
ffffffff8112a213:	cmp    %rax,%r15
ffffffff8112a216:	jne    ffffffff8112a246 <gup_fast_fallback+0x64e>
ffffffff8112a218:	mov    0x20(%rsp),%esi
ffffffff8112a21c:	mov    %r13,%rdi
ffffffff8112a21f:	call   ffffffff81127a77 <gup_fast_folio_allowed>
ffffffff8112a224:	test   %al,%al
ffffffff8112a226:	je     ffffffff8112a246 <gup_fast_fallback+0x64e>
ffffffff8112a228:	mov    %r15,%rdi
ffffffff8112a22b:	call   ffffffff811273cb <pte_write>
ffffffff8112a230:	test   %eax,%eax
ffffffff8112a232:	jne    ffffffff8112a261 <gup_fast_fallback+0x669>
ffffffff8112a234:	mov    0x20(%rsp),%esi
ffffffff8112a238:	xor    %edi,%edi
ffffffff8112a23a:	mov    %rbp,%rdx
ffffffff8112a23d:	call   ffffffff811278bf <gup_must_unshare>
ffffffff8112a242:	test   %al,%al
ffffffff8112a244:	je     ffffffff8112a261 <gup_fast_fallback+0x669>
ffffffff8112a246:	mov    0x20(%rsp),%edx
ffffffff8112a24a:	mov    $0x1,%esi
ffffffff8112a24f:	mov    %r13,%rdi
ffffffff8112a252:	call   ffffffff811275d5 <gup_put_folio>
ffffffff8112a257:	call   ffffffff8112750e <__rcu_read_unlock>
ffffffff8112a25c:	jmp    ffffffff8112a30a <gup_fast_fallback+0x712>
ffffffff8112a261:	lock orb $0x4,0x0(%r13)
ffffffff8112a267:	movslq 0x24(%rsp),%rax
ffffffff8112a26c:	mov    0x30(%rsp),%rcx
ffffffff8112a271:	add    $0x1000,%rbx
ffffffff8112a278:	add    $0x8,%r14
ffffffff8112a27c:	incl   0x24(%rsp)
ffffffff8112a280:	mov    %rbp,(%rcx,%rax,8)
ffffffff8112a284:	cmp    %rbx,%r12
ffffffff8112a287:	jne    ffffffff8112a182 <gup_fast_fallback+0x58a>
ffffffff8112a28d:	mov    0x8c(%rsp),%eax
ffffffff8112a294:	jmp    ffffffff8112a298 <gup_fast_fallback+0x6a0>
ffffffff8112a296:	xor    %eax,%eax
ffffffff8112a298:	call   ffffffff8112750e <__rcu_read_unlock>
ffffffff8112a29d:	test   %eax,%eax
ffffffff8112a29f:	je     ffffffff8112a30a <gup_fast_fallback+0x712>
ffffffff8112a2a1:	addq   $0x8,0x50(%rsp)
ffffffff8112a2a7:	cmp    %r12,0x8(%rsp)
ffffffff8112a2ac:	je     ffffffff8112a2b6 <gup_fast_fallback+0x6be>
ffffffff8112a2ae:	mov    %r12,%rbx
ffffffff8112a2b1:	jmp    ffffffff8112a00b <gup_fast_fallback+0x413>
ffffffff8112a2b6:	addq   $0x8,0x60(%rsp)
ffffffff8112a2bc:	mov    0x8(%rsp),%rbx
ffffffff8112a2c1:	cmp    %rbx,0x18(%rsp)
ffffffff8112a2c6:	je     ffffffff8112a2d2 <gup_fast_fallback+0x6da>
ffffffff8112a2c8:	mov    0x8(%rsp),%rbx
ffffffff8112a2cd:	jmp    ffffffff81129e85 <gup_fast_fallback+0x28d>
ffffffff8112a2d2:	addq   $0x8,0x78(%rsp)
ffffffff8112a2d8:	mov    0x18(%rsp),%rbx
ffffffff8112a2dd:	cmp    %rbx,0x10(%rsp)
ffffffff8112a2e2:	je     ffffffff8112a2ee <gup_fast_fallback+0x6f6>
ffffffff8112a2e4:	mov    0x18(%rsp),%rbx
ffffffff8112a2e9:	jmp    ffffffff81129e07 <gup_fast_fallback+0x20f>
ffffffff8112a2ee:	addq   $0x8,0x70(%rsp)
ffffffff8112a2f4:	mov    0x10(%rsp),%rsi
ffffffff8112a2f9:	cmp    %rsi,0x38(%rsp)
ffffffff8112a2fe:	je     ffffffff8112a30a <gup_fast_fallback+0x712>
ffffffff8112a300:	mov    0x10(%rsp),%rbx
ffffffff8112a305:	jmp    ffffffff81129d96 <gup_fast_fallback+0x19e>
ffffffff8112a30a:	btl    $0x9,0x90(%rsp)
ffffffff8112a313:	jae    ffffffff8112a316 <gup_fast_fallback+0x71e>
ffffffff8112a315:	sti
ffffffff8112a316:	cmpl   $0x0,0x80(%rsp)
ffffffff8112a31e:	movslq 0x24(%rsp),%rbp
ffffffff8112a323:	je     ffffffff8112a389 <gup_fast_fallback+0x791>
ffffffff8112a325:	mov    %gs:0x6bdceb(%rip),%rax        # ffffffff817e8018 <current_task>
ffffffff8112a32d:	mov    0x3d8(%rax),%rax
ffffffff8112a334:	mov    0x170(%rax),%eax
ffffffff8112a33a:	mov    0x5c(%rsp),%edi
ffffffff8112a33e:	cmp    %edi,%eax
ffffffff8112a340:	je     ffffffff8112a389 <gup_fast_fallback+0x791>
ffffffff8112a342:	xor    %eax,%eax
ffffffff8112a344:	mov    %eax,0xa8(%rsp)
ffffffff8112a34b:	cmp    %rbp,0x48(%rsp)
ffffffff8112a350:	jae    ffffffff8112a38d <gup_fast_fallback+0x795>
ffffffff8112a352:	mov    0x48(%rsp),%rdx
ffffffff8112a357:	mov    0x30(%rsp),%rdi
ffffffff8112a35c:	lea    0xa8(%rsp),%rcx
ffffffff8112a364:	mov    %rbp,%rsi
ffffffff8112a367:	call   ffffffff811274b2 <gup_folio_next>
ffffffff8112a36c:	mov    0xa8(%rsp),%ebx
ffffffff8112a373:	mov    $0x80000,%edx
ffffffff8112a378:	mov    %rax,%rdi
ffffffff8112a37b:	mov    %ebx,%esi
ffffffff8112a37d:	call   ffffffff811275d5 <gup_put_folio>
ffffffff8112a382:	add    %rbx,0x48(%rsp)
ffffffff8112a387:	jmp    ffffffff8112a34b <gup_fast_fallback+0x753>
ffffffff8112a389:	mov    %rbp,(%rsp)
ffffffff8112a38d:	cmpl   $0x0,0x88(%rsp)
ffffffff8112a395:	jne    ffffffff8112a3a2 <gup_fast_fallback+0x7aa>
ffffffff8112a397:	mov    (%rsp),%rbx
ffffffff8112a39b:	cmp    %rbx,0x68(%rsp)
ffffffff8112a3a0:	jne    ffffffff8112a3a7 <gup_fast_fallback+0x7af>
ffffffff8112a3a2:	mov    (%rsp),%eax
ffffffff8112a3a5:	jmp    ffffffff8112a407 <gup_fast_fallback+0x80f>
ffffffff8112a3a7:	mov    (%rsp),%rsi
ffffffff8112a3ab:	mov    0x30(%rsp),%rax
ffffffff8112a3b0:	lea    0x9c(%rsp),%r8
ffffffff8112a3b8:	mov    0x68(%rsp),%rdx
ffffffff8112a3bd:	mov    0x20(%rsp),%r9d
ffffffff8112a3c2:	lea    (%rax,%rsi,8),%rcx
ffffffff8112a3c6:	mov    0x40(%rsp),%rax
ffffffff8112a3cb:	sub    %rsi,%rdx
ffffffff8112a3ce:	shl    $0xc,%rsi
ffffffff8112a3d2:	or     $0x210000,%r9d
ffffffff8112a3d9:	add    %rax,%rsi
ffffffff8112a3dc:	mov    %gs:0x6bdc34(%rip),%rax        # ffffffff817e8018 <current_task>
ffffffff8112a3e4:	mov    0x3d8(%rax),%rdi
ffffffff8112a3eb:	call   ffffffff811296d0 <__gup_longterm_locked>
ffffffff8112a3f0:	mov    %rax,%rdx
ffffffff8112a3f3:	test   %eax,%eax
ffffffff8112a3f5:	jns    ffffffff8112a402 <gup_fast_fallback+0x80a>
ffffffff8112a3f7:	cmpq   $0x0,(%rsp)
ffffffff8112a3fc:	cmovne (%rsp),%eax
ffffffff8112a400:	jmp    ffffffff8112a407 <gup_fast_fallback+0x80f>
ffffffff8112a402:	mov    (%rsp),%eax
ffffffff8112a405:	add    %edx,%eax
ffffffff8112a407:	add    $0xb0,%rsp
ffffffff8112a40e:	pop    %rbx
ffffffff8112a40f:	pop    %rbp
ffffffff8112a410:	pop    %r12
ffffffff8112a412:	pop    %r13
ffffffff8112a414:	pop    %r14
ffffffff8112a416:	pop    %r15
ffffffff8112a418:	ret

Disassembly of section .init.text:

Disassembly of section .altinstr_aux:

Disassembly of section .altinstr_replacement:

Disassembly of section .exit.text:
